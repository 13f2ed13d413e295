import CLibGit2
import Foundation
import Rules
import YAML

/// What `diff` compares.
public enum ChangeTarget: Sendable, Equatable {
    /// `base...head` (`mergeBase`: from their merge base, as a pull request does) or `base..head`.
    case range(base: String, head: String, fromMergeBase: Bool)
    /// HEAD against the index and the working tree, untracked files included.
    case workingTree
    /// HEAD against the index.
    case staged
}

/// A file to judge: its new bytes, its change (nil for a file the change did not touch, judged
/// with `--filter all`), and its base version's bytes when it existed before under this or
/// another name and is compared with it: a changed file, or an untouched one when cross-resource
/// rules run.
public struct PlannedFile: Sendable {
    public let source: SourceFile
    public let change: FileChange?
    public let base: SourceFile?
}

/// The files a change touched, ready to judge.
public struct ChangePlan: Sendable {
    /// `main...feature (1a2b3c4..5d6e7f8)`, for the summary line.
    public let rangeDescription: String
    public let files: [PlannedFile]
    /// Files of the change left unjudged on purpose (links, submodules, binaries, LFS pointers).
    public let notices: [Diagnostic]
    /// How many files the change touched, whatever their kind.
    public let changedCount: Int
    public let repositoryRoot: String?
    public let versionControl: VersionControl
    /// The other manifests of the head side that may matter to the judged files, read only as
    /// the context of cross-resource rules (empty unless asked for): judged with, never
    /// reported on.
    public var context: [SourceFile] = []
    /// The same for the base side: manifests of the base tree but the files whose base
    /// versions are judged.
    public var baseContext: [SourceFile] = []
    /// How many manifests of either side were read as candidates for context, and left out as
    /// nothing the judged files need.
    public var contextLeftOut = 0
    /// How many blobs were read out of git, for telling what a plan cost.
    public var blobsRead = 0
}

/// Reads a change out of git: which files, which lines, and their bytes.
public enum ChangePlanner {
    static let linkMode: UInt32 = 0o120000
    static let submoduleMode: UInt32 = 0o160000
    static let lfsPointerPrefix = Array("version https://git-lfs.github.com/spec/v1".utf8)

    /// The files `target` changed that `filter` accepts; with `includeUnchanged`, every other
    /// such file of the head commit too. With `contextNeed`, the plan also holds the other
    /// manifests `filter` accepts on either side that may hold what the judged files of that
    /// side need (`contextNeed` of them), for cross-resource rules: each is read and sniffed,
    /// and kept only if it may (`ContextSieve`).
    ///
    /// Blobs are read here, on the calling thread, but for a context's many blobs, which are read
    /// on up to `jobs` threads with a repository handle each: a libgit2 handle and what it hands
    /// out stay on the thread that opened it.
    public static func plan(_ target: ChangeTarget, in repository: Repository, filter: PathFilter,
                            includeUnchanged: Bool = false, contextNeed: (([SourceFile]) -> ContextNeed)? = nil,
                            jobs: Int = 1,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ChangePlan {
        let comparison: Comparison
        let description: String
        let headCommit: Commit
        // The commit the base side is read from: the merge base or named base of a range, HEAD
        // for the index and the working tree.
        let baseCommit: Commit
        switch target {
        case .range(let baseName, let headName, let fromMergeBase):
            let head = try repository.commit(headName)
            let named = try repository.commit(baseName)
            let base = fromMergeBase ? try repository.mergeBase(named, head) : named
            comparison = .commits(base: base, head: head)
            headCommit = head
            baseCommit = base
            description = "\(baseName)\(fromMergeBase ? "..." : "..")\(headName) (\(base.id.short)..\(head.id.short))"
        case .workingTree:
            headCommit = try repository.commit("HEAD")
            baseCommit = headCommit
            comparison = .workingTree(head: headCommit)
            description = "HEAD (\(headCommit.id.short)) against the working tree"
        case .staged:
            headCommit = try repository.commit("HEAD")
            baseCommit = headCommit
            comparison = .staged(head: headCommit)
            description = "HEAD (\(headCommit.id.short)) against the index"
        }
        let readsWorkingTree: Bool
        if case .workingTree = target { readsWorkingTree = true } else { readsWorkingTree = false }
        let changes = try Diff.make(comparison, in: repository).changes(readingWorkingTree: readsWorkingTree)

        var candidates = changes.filter { $0.status != .deleted && filter.accepts($0.path) }.map { ($0, true) }
        // What the head side holds of HEAD's tree, for the index and the working tree, is HEAD's
        // files less what the change touched, the old names of renamed files included.
        var touched = Set(changes.map(\.path))
        touched.formUnion(changes.filter { $0.status == .renamed }.compactMap(\.oldPath))
        if includeUnchanged {
            candidates += try manifests(of: headCommit, filter: filter, in: repository)
                .filter { !touched.contains($0.path) }
                .map { ($0, false) }
            candidates.sort { $0.0.path < $1.0.path }
        }

        let loadsContext = contextNeed != nil
        var blobs = BlobReader(repository: repository, caching: loadsContext, jobs: jobs)
        var files: [PlannedFile] = []
        var notices: [Diagnostic] = []
        // Paths of the base tree whose base versions are judged, so not context as well.
        var judgedBasePaths = Set<String>()
        for (change, isChanged) in candidates {
            if change.newMode == linkMode {
                notices.append(Diagnostic(.note, path: change.path, "symbolic link: not followed, not judged"))
                continue
            }
            if change.newMode == submoduleMode {
                notices.append(Diagnostic(.note, path: change.path, "submodule: not judged"))
                continue
            }
            let bytes: [UInt8]
            if change.readsWorkingTree {
                let root = repository.workingDirectory ?? ""
                guard let data = FileManager.default.contents(atPath: root + change.path) else {
                    notices.append(Diagnostic(.warning, path: change.path, "could not be read from the working tree"))
                    continue
                }
                bytes = [UInt8](data)
            } else if let blob = change.newBlob {
                let content = try blobs.read(blob)
                if content.isBinary {
                    notices.append(Diagnostic(.note, path: change.path, "binary file: not judged"))
                    continue
                }
                bytes = content.bytes
            } else {
                continue
            }
            if bytes.starts(with: lfsPointerPrefix) {
                notices.append(Diagnostic(.note, path: change.path, "Git LFS pointer: the content is not in git, not judged"))
                continue
            }
            var base: SourceFile?
            if isChanged, [.modified, .renamed].contains(change.status), let oldBlob = change.oldBlob,
               let content = try? blobs.read(oldBlob), !content.isBinary {
                // Judged under the new path, so that fingerprints match across a rename.
                base = SourceFile(path: change.path, bytes: content.bytes)
                judgedBasePaths.insert(change.oldPath ?? change.path)
            } else if !isChanged && loadsContext {
                // An unchanged file's findings can still change with its neighbours: it is
                // judged on the base side too, as it was.
                base = SourceFile(path: change.path, bytes: bytes)
                judgedBasePaths.insert(change.path)
            }
            files.append(PlannedFile(source: SourceFile(path: change.path, bytes: bytes), change: isChanged ? change : nil, base: base))
        }
        var context: [SourceFile] = [], baseContext: [SourceFile] = []
        if let contextNeed {
            // Unchanged files read the same on every side of the change: the two sides' trees
            // differ only in what the change touched, so the head side's other files are those
            // of the base tree, for a range as for the index or the working tree.
            let baseFiles = try manifests(of: baseCommit, filter: filter, in: repository)
            if !includeUnchanged {
                blobs.contextNeed = contextNeed(files.map(\.source))
                context = try blobs.readContext(baseFiles.filter { !touched.contains($0.path) })
            }
            // With --filter all, the base side judges every file of the base tree but what the
            // change deleted or renamed: those few are read whole rather than every file parsed
            // once more to tell what it needs.
            blobs.contextNeed = includeUnchanged ? .everything : contextNeed(files.compactMap(\.base))
            baseContext = try blobs.readContext(baseFiles.filter { !judgedBasePaths.contains($0.path) })
        }
        let versionControl = VersionControl(repository: repository, revision: headCommit.id.hex, environment: environment)
        var plan = ChangePlan(rangeDescription: description, files: files, notices: notices, changedCount: changes.count,
                              repositoryRoot: repository.workingDirectory, versionControl: versionControl)
        plan.context = context
        plan.baseContext = baseContext
        plan.blobsRead = blobs.count
        plan.contextLeftOut = blobs.leftOut
        return plan
    }

    /// The files of `commit` that `filter` accepts, without their lines.
    private static func manifests(of commit: Commit, filter: PathFilter, in repository: Repository) throws -> [FileChange] {
        try Diff.make(.allFiles(of: commit), in: repository).changes(readingWorkingTree: false, lines: false)
            .filter { filter.accepts($0.path) }
    }

    /// Reads blobs, once each when `caching` (an unchanged file is context on both sides), and
    /// counts the reads and the manifests left out of the context.
    private struct BlobReader {
        let repository: Repository
        let caching: Bool
        /// How many threads read the blobs of a tree's context.
        let jobs: Int
        private var cache: [ObjectID: BlobContent] = [:]
        private(set) var count = 0
        private(set) var leftOut = 0
        /// What the side whose context is being read needs of it.
        var contextNeed = ContextNeed.everything {
            didSet {
                guard contextNeed != oldValue else { return }
                sieve = ContextSieve(contextNeed)
                verdicts = [:]
            }
        }
        private var sieve = ContextSieve(.everything)
        /// What the sieve made of each blob it was shown: both sides usually need the same, and
        /// an unchanged blob is then read and sniffed once.
        private var verdicts: [ObjectID: Verdict] = [:]

        private enum Verdict: Sendable {
            /// Binary, or a Git LFS pointer: never context.
            case notAManifest
            case kept
            case leftOut
        }

        init(repository: Repository, caching: Bool, jobs: Int) {
            self.repository = repository
            self.caching = caching
            self.jobs = jobs
        }

        mutating func read(_ id: ObjectID) throws -> BlobContent {
            if let content = cache[id] { return content }
            let content = try repository.blob(id)
            if caching { cache[id] = content }
            count += 1
            return content
        }

        /// The files of a tree that may hold what `contextNeed` asks for, as context (none even
        /// read when nothing is needed); what would not be judged (links, submodules, binaries,
        /// LFS pointers) is left out without a word, as it is none of the change's business.
        mutating func readContext(_ files: [FileChange]) throws -> [SourceFile] {
            let candidates = files.filter { $0.newMode != ChangePlanner.linkMode && $0.newMode != ChangePlanner.submoduleMode && $0.newBlob != nil }
            guard !contextNeed.isNothing else {
                leftOut += candidates.count
                return []
            }
            let sieve = sieve
            @Sendable func verdict(_ content: BlobContent) -> Verdict {
                if content.isBinary || content.bytes.starts(with: ChangePlanner.lfsPointerPrefix) { return .notAManifest }
                return sieve.keeps(content.bytes) ? .kept : .leftOut
            }
            // Blobs this side's sieve has not seen: those in memory are sniffed here, the others
            // read and sniffed on several threads, and only what is kept stays in memory.
            var seen = Set<ObjectID>()
            let unseen = candidates.compactMap(\.newBlob).filter { verdicts[$0] == nil && seen.insert($0).inserted }
            let unread = unseen.filter { cache[$0] == nil }
            for id in unseen where cache[id] != nil { verdicts[id] = verdict(cache[id]!) }
            let read = try repository.blobs(unread, jobs: jobs) { content in
                let verdict = verdict(content)
                return (verdict == .kept ? content : nil, verdict)
            }
            for (id, (content, verdict)) in zip(unread, read) {
                cache[id] = content
                verdicts[id] = verdict
                count += 1
            }
            return candidates.compactMap { file in
                guard let blob = file.newBlob, let verdict = verdicts[blob], verdict != .notAManifest else { return nil }
                guard verdict == .kept, let content = cache[blob] else {
                    leftOut += 1
                    return nil
                }
                return SourceFile(path: file.path, bytes: content.bytes)
            }
        }
    }
}
