import CLibGit2
import Foundation

/// A git repository opened with libgit2. Every pointer it hands out is owned by a Swift object
/// that frees it; nothing of libgit2 leaves the `Git` folder.
public final class Repository {
    let pointer: OpaquePointer

    /// Opens the repository that holds `path`, looking up through parent folders as git does.
    public init(discoveringFrom path: String) throws {
        _ = LibGit2.initialized
        var repository: OpaquePointer?
        let code = git_repository_open_ext(&repository, path, 0, nil)
        if code == GIT_ENOTFOUND.rawValue {
            throw GitError("\(path) is not inside a git repository",
                           hint: "run `ci-reporter diff` inside a clone (or pass --repo PATH); to judge plain folders use `ci-reporter scan`")
        }
        try check(code, "opening the repository at \(path)")
        pointer = repository!
    }

    /// Opens the repository whose git folder is `gitDirectory`, as it is: another handle on a
    /// repository already open.
    private init(gitDirectory: String) throws {
        _ = LibGit2.initialized
        var repository: OpaquePointer?
        try check(git_repository_open(&repository, gitDirectory), "opening the repository at \(gitDirectory)")
        pointer = repository!
    }

    deinit { git_repository_free(pointer) }

    /// The working tree's folder (with a trailing `/`), or nil in a bare repository.
    public var workingDirectory: String? { git_repository_workdir(pointer).map { String(cString: $0) } }
    public var isShallow: Bool { git_repository_is_shallow(pointer) == 1 }
    public var isBare: Bool { git_repository_is_bare(pointer) == 1 }
    public var isHeadUnborn: Bool { git_repository_head_unborn(pointer) == 1 }

    /// The branch HEAD points at (`main`), or nil when HEAD is detached or unborn.
    public var currentBranch: String? {
        var reference: OpaquePointer?
        guard git_repository_head(&reference, pointer) == 0, let reference else { return nil }
        defer { git_reference_free(reference) }
        guard git_reference_is_branch(reference) == 1 else { return nil }
        return String(cString: git_reference_shorthand(reference))
    }

    /// The URL of a remote, as configured.
    public func remoteURL(_ name: String = "origin") -> String? {
        var remote: OpaquePointer?
        guard git_remote_lookup(&remote, pointer, name) == 0, let remote else { return nil }
        defer { git_remote_free(remote) }
        return git_remote_url(remote).map { String(cString: $0) }
    }

    /// Whether a revision names a commit this repository has.
    public func hasCommit(_ revision: String) -> Bool {
        (try? commit(revision)) != nil
    }

    /// The commit a revision names: a SHA (full or short), a branch, a tag, `HEAD~3`.
    func commit(_ revision: String) throws -> Commit {
        if revision == "HEAD", isHeadUnborn {
            throw GitError("HEAD has no commit yet (the current branch is unborn)",
                           hint: "make a first commit, or use `ci-reporter scan` to judge the files")
        }
        var object: OpaquePointer?
        let code = git_revparse_single(&object, pointer, revision)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EAMBIGUOUS.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            throw unknownRevision(revision, ambiguous: code == GIT_EAMBIGUOUS.rawValue)
        }
        try check(code, "reading revision '\(revision)'")
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        try check(git_object_peel(&peeled, object, GIT_OBJECT_COMMIT), "'\(revision)' does not name a commit")
        return Commit(peeled!)
    }

    private func unknownRevision(_ revision: String, ambiguous: Bool) -> GitError {
        if ambiguous {
            return GitError("revision '\(revision)' is ambiguous", hint: "give more digits of the commit SHA")
        }
        if isShallow {
            return GitError("revision '\(revision)' is not in this clone, which is shallow",
                            hint: "fetch the history the comparison needs: in GitHub Actions set `fetch-depth: 0` on actions/checkout, or run `git fetch --unshallow` (or `git fetch origin \(revision)`)")
        }
        return GitError("unknown revision '\(revision)': no commit, branch or tag has that name here",
                        hint: "check the name, or fetch it first (`git fetch origin \(revision)`)")
    }

    /// The best common ancestor of two commits, as `git merge-base` finds it.
    func mergeBase(_ a: Commit, _ b: Commit) throws -> Commit {
        var base = git_oid()
        var x = a.id.raw, y = b.id.raw
        let code = git_merge_base(&base, pointer, &x, &y)
        if code == GIT_ENOTFOUND.rawValue {
            let hint = isShallow
                ? "this clone is shallow, so their common history is missing: set `fetch-depth: 0` on actions/checkout, or run `git fetch --unshallow`"
                : "the two have no common history; compare them directly with BASE..HEAD"
            throw GitError("\(a.id.short) and \(b.id.short) have no merge base", hint: hint)
        }
        try check(code, "finding the merge base of \(a.id.short) and \(b.id.short)")
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, pointer, &base), "reading the merge base")
        return Commit(commit!)
    }

    /// `look(blob)` for each of the blobs `ids`, in order, read and looked at on up to `jobs`
    /// threads: reading and inflating every blob of a tree is most of what a diff's context
    /// costs. A libgit2 handle is never shared between threads, so each thread opens its own on
    /// this repository.
    func blobs<Look: Sendable>(_ ids: [ObjectID], jobs: Int, look: @escaping @Sendable (BlobContent) -> Look) throws -> [Look] {
        // A few hundred blobs read faster than a second handle opens.
        guard ids.count >= 500, jobs > 1 else { return try ids.map { look(try blob($0)) } }
        let gitDirectory = String(cString: git_repository_path(pointer))
        return try ParallelWork.mapRuns(ids, jobs: jobs, minimumRun: 500) { run in
            let repository = try Repository(gitDirectory: gitDirectory)
            return try run.map { look(try repository.blob($0)) }
        }
    }

    func blob(_ id: ObjectID) throws -> BlobContent {
        var blob: OpaquePointer?
        var raw = id.raw
        try check(git_blob_lookup(&blob, pointer, &raw), "reading blob \(id.short)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        let start = git_blob_rawcontent(blob)!.assumingMemoryBound(to: UInt8.self)
        return BlobContent(bytes: Array(UnsafeBufferPointer(start: start, count: size)), isBinary: git_blob_is_binary(blob) == 1)
    }
}
