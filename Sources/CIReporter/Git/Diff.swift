import CLibGit2
import Foundation

/// One file a change touched, as the new version sees it.
public struct FileChange: Sendable {
    public enum Status: String, Sendable {
        case added, modified, renamed, copied, typeChanged = "type changed", deleted, untracked
    }

    public let path: String
    /// The path in the base version, when the file existed there (a rename keeps the old one).
    public let oldPath: String?
    public let status: Status
    /// Lines of the new version that the change added (1-based).
    public let addedLines: Set<Int>
    /// Places where lines were deleted: `p` means between line `p` and line `p + 1` of the new
    /// version (0: before the first line).
    public let deletionPoints: [Int]

    let newBlob: ObjectID?
    let oldBlob: ObjectID?
    let newMode: UInt32
    /// Read the new version from the working tree rather than from a blob.
    let readsWorkingTree: Bool

    /// Whether the change touched `span`'s lines: an added line in it, or a deletion right
    /// inside or at its edges.
    public func touches(firstLine: Int, lastLine: Int) -> Bool {
        if addedLines.contains(where: { firstLine <= $0 && $0 <= lastLine }) { return true }
        return deletionPoints.contains { firstLine - 1 <= $0 && $0 <= lastLine }
    }
}

/// What to compare.
enum Comparison {
    /// Two commits' trees: nothing is read from the working tree.
    case commits(base: Commit, head: Commit)
    /// HEAD against the index and the working tree, untracked files included.
    case workingTree(head: Commit)
    /// HEAD against the index.
    case staged(head: Commit)
    /// Every file of a commit, as if added to an empty tree.
    case allFiles(of: Commit)
}

/// A libgit2 diff; owns its pointer.
final class Diff {
    let pointer: OpaquePointer

    private init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_diff_free(pointer) }

    static func make(_ comparison: Comparison, in repository: Repository) throws -> Diff {
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "preparing a diff")
        options.context_lines = 0
        options.interhunk_lines = 0
        var diff: OpaquePointer?
        switch comparison {
        case .commits(let base, let head):
            let old = try base.tree(), new = try head.tree()
            try check(git_diff_tree_to_tree(&diff, repository.pointer, old.pointer, new.pointer, &options),
                      "comparing \(base.id.short) with \(head.id.short)")
        case .workingTree(let head):
            guard !repository.isBare else { throw GitError("a bare repository has no working tree", hint: "compare two commits with --base and --head") }
            options.flags |= GIT_DIFF_INCLUDE_UNTRACKED.rawValue | GIT_DIFF_RECURSE_UNTRACKED_DIRS.rawValue
                | GIT_DIFF_SHOW_UNTRACKED_CONTENT.rawValue
            let old = try head.tree()
            try check(git_diff_tree_to_workdir_with_index(&diff, repository.pointer, old.pointer, &options),
                      "comparing HEAD with the working tree")
        case .allFiles(let commit):
            let tree = try commit.tree()
            try check(git_diff_tree_to_tree(&diff, repository.pointer, nil, tree.pointer, &options),
                      "listing the files of \(commit.id.short)")
        case .staged(let head):
            let old = try head.tree()
            try check(git_diff_tree_to_index(&diff, repository.pointer, old.pointer, nil, &options),
                      "comparing HEAD with the index")
        }
        var find = git_diff_find_options()
        try check(git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)), "preparing rename detection")
        find.flags = GIT_DIFF_FIND_RENAMES.rawValue | GIT_DIFF_FIND_COPIES.rawValue | GIT_DIFF_FIND_FOR_UNTRACKED.rawValue
        try check(git_diff_find_similar(diff, &find), "finding renames")
        return Diff(diff!)
    }

    /// Every file of the diff with the lines the change added and where it deleted lines;
    /// without `lines`, the files alone (working out lines reads every blob twice).
    func changes(readingWorkingTree: Bool, lines: Bool = true) throws -> [FileChange] {
        var changes: [FileChange] = []
        for index in 0 ..< git_diff_num_deltas(pointer) {
            guard let delta = git_diff_get_delta(pointer, index)?.pointee else { continue }
            let status: FileChange.Status
            switch delta.status {
            case GIT_DELTA_ADDED: status = .added
            case GIT_DELTA_MODIFIED: status = .modified
            case GIT_DELTA_RENAMED: status = .renamed
            case GIT_DELTA_COPIED: status = .copied
            case GIT_DELTA_TYPECHANGE: status = .typeChanged
            case GIT_DELTA_DELETED: status = .deleted
            case GIT_DELTA_UNTRACKED: status = .untracked
            default: continue
            }
            let path = String(cString: delta.new_file.path)
            let existedBefore = [.modified, .renamed, .copied, .typeChanged, .deleted].contains(status)
            var added = Set<Int>()
            var deletions: [Int] = []
            if lines && status != .deleted {
                var patch: OpaquePointer?
                try check(git_patch_from_diff(&patch, pointer, index), "reading the changes of \(path)")
                if let patch {
                    defer { git_patch_free(patch) }
                    for hunkIndex in 0 ..< git_patch_num_hunks(patch) {
                        var hunk: UnsafePointer<git_diff_hunk>?
                        var lineCount = 0
                        try check(git_patch_get_hunk(&hunk, &lineCount, patch, hunkIndex), "reading a hunk of \(path)")
                        guard let hunk = hunk?.pointee else { continue }
                        let newStart = Int(hunk.new_start), newLines = Int(hunk.new_lines)
                        if newLines > 0 { added.formUnion(newStart ..< newStart + newLines) }
                        // With no context, a pure deletion's new_start is the line before it.
                        if hunk.old_lines > 0 && newLines == 0 { deletions.append(newStart) }
                    }
                }
            }
            var newID = delta.new_file.id
            changes.append(FileChange(
                path: path,
                oldPath: existedBefore ? String(cString: delta.old_file.path) : nil,
                status: status,
                addedLines: added,
                deletionPoints: deletions,
                newBlob: git_oid_is_zero(&newID) == 1 ? nil : ObjectID(newID),
                oldBlob: existedBefore ? ObjectID(delta.old_file.id) : nil,
                newMode: UInt32(delta.new_file.mode),
                readsWorkingTree: readingWorkingTree
            ))
        }
        return changes
    }
}
