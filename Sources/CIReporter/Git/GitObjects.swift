import CLibGit2

/// A git object id, as 40 hex digits.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    let raw: git_oid

    init(_ raw: git_oid) { self.raw = raw }

    public var hex: String {
        var copy = raw
        return String(cString: git_oid_tostr_s(&copy))
    }

    public var short: String { String(hex.prefix(7)) }
    public var description: String { hex }

    public static func == (a: ObjectID, b: ObjectID) -> Bool {
        var x = a.raw, y = b.raw
        return git_oid_equal(&x, &y) != 0
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hex) }
}

/// A commit; owns its libgit2 pointer.
final class Commit {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_commit_free(pointer) }

    var id: ObjectID { ObjectID(git_commit_id(pointer).pointee) }
    var parentCount: Int { Int(git_commit_parentcount(pointer)) }

    func parent(_ index: Int) throws -> Commit {
        var parent: OpaquePointer?
        try check(git_commit_parent(&parent, pointer, UInt32(index)), "reading parent \(index) of \(id.short)")
        return Commit(parent!)
    }

    func tree() throws -> Tree {
        var tree: OpaquePointer?
        try check(git_commit_tree(&tree, pointer), "reading the tree of \(id.short)")
        return Tree(tree!)
    }
}

/// A tree; owns its libgit2 pointer.
final class Tree {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_tree_free(pointer) }
}

/// A blob's bytes, copied out so that no libgit2 memory outlives the blob.
struct BlobContent: Sendable {
    let bytes: [UInt8]
    let isBinary: Bool
}
