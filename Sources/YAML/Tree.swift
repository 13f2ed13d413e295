/// Everything loaded from one file: an arena of nodes (one flat array, children as index runs),
/// the root of each document, and what went wrong on the way.
///
/// Records are plain data and scalar text lives in one byte buffer, so the arena costs a few
/// allocations per file rather than one per scalar, and reading it retains nothing.
/// The tree is immutable once loaded, so it is shared freely across threads.
public final class YAMLTree: Sendable {
    public let path: String
    /// The file's bytes, kept for what the node model does not carry: comments, line hashes.
    public let source: [UInt8]
    public let diagnostics: [Diagnostic]
    let records: [NodeRecord]
    let edges: [Int32]
    let roots: [Int32]
    /// The text of every scalar, one after another (`NodeRecord.textStart`, `textLength`).
    let text: [UInt8]
    /// The explicit tags, by node; few files have any.
    let tags: [Int32: String]

    init(path: String, source: [UInt8], records: [NodeRecord], edges: [Int32], roots: [Int32], text: [UInt8],
         tags: [Int32: String], diagnostics: [Diagnostic]) {
        self.path = path
        self.source = source
        self.records = records
        self.edges = edges
        self.roots = roots
        self.text = text
        self.tags = tags
        self.diagnostics = diagnostics
    }

    /// The root node of every document that loaded, in file order.
    public var documents: [Node] { roots.map { Node(tree: self, index: $0) } }

    /// How many nodes the arena holds.
    public var nodeCount: Int { records.count }

    /// The node an alias at `index` refers to; any other node's own index.
    @inline(__always)
    func resolvedIndex(_ index: Int32) -> Int32 {
        let i = Int(index)
        return records[i].kind == .alias && records[i].target >= 0 ? records[i].target : index
    }

    /// The text of the scalar at `index`; nil for any other node.
    func scalarText(_ index: Int) -> String? {
        let record = records[index]
        guard record.kind == .scalar else { return nil }
        return text.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(record.textStart) ..< Int(record.textStart + record.textLength)]),
                   as: UTF8.self)
        }
    }

    /// Whether the node at `index` is a scalar whose text is `bytes`; compared in place.
    @inline(__always)
    func scalar(_ index: Int, is bytes: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let record = records[index]
        guard record.kind == .scalar, Int(record.textLength) == bytes.count else { return false }
        let start = Int(record.textStart)
        for offset in 0 ..< bytes.count where text[start + offset] != bytes[offset] { return false }
        return true
    }
}

/// One node of the arena. Plain data (no references), so copying one costs nothing; 32 bytes,
/// as the two index fields mean one thing per kind of node.
struct NodeRecord: Sendable {
    var kind: Node.Kind
    var style: Node.Style
    var startLine: Int32
    var startColumn: Int32
    var endLine: Int32
    var endColumn: Int32
    var parent: Int32
    /// A collection's first edge, a scalar's text start in `YAMLTree.text`, an alias's target.
    var first: Int32 = 0
    /// A collection's edge count, a scalar's text length.
    var count: Int32 = 0

    var firstEdge: Int32 { get { first } set { first = newValue } }
    var edgeCount: Int32 { get { count } set { count = newValue } }
    var textStart: Int32 { first }
    var textLength: Int32 { count }
    /// For an alias, the node its anchor names; -1 when it names none.
    var target: Int32 { get { first } set { first = newValue } }
}

/// A view of one node of a `YAMLTree`: cheap to copy, it holds the tree and an index.
public struct Node: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: UInt8, Sendable { case scalar, sequence, mapping, alias }
    public enum Style: UInt8, Sendable { case plain, singleQuoted, doubleQuoted, literal, folded, block, flow }

    public let tree: YAMLTree
    let index: Int32

    init(tree: YAMLTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    public static func == (a: Node, b: Node) -> Bool { a.tree === b.tree && a.index == b.index }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(tree))
        hasher.combine(index)
    }

    // Each accessor reads the one field it needs: copying the whole record would retain and
    // release its strings on every call, which is most of what judging costs.
    public var kind: Kind { tree.records[Int(index)].kind }
    public var style: Style { tree.records[Int(index)].style }
    public var tag: String? { tree.tags[index] }
    public var start: Position {
        Position(line: Int(tree.records[Int(index)].startLine), column: Int(tree.records[Int(index)].startColumn))
    }
    public var end: Position {
        Position(line: Int(tree.records[Int(index)].endLine), column: Int(tree.records[Int(index)].endColumn))
    }
    public var span: SourceSpan { SourceSpan(start: start, end: end) }

    /// The collection this node sits in; nil for a document root.
    public var parent: Node? {
        let p = tree.records[Int(index)].parent
        return p < 0 ? nil : Node(tree: tree, index: p)
    }

    /// The node an alias refers to; any other node is itself. Aliases are never copied out,
    /// so a file of nested aliases costs one node per alias however far it would expand.
    public var resolved: Node {
        Node(tree: tree, index: tree.resolvedIndex(index))
    }

    private var children: ArraySlice<Int32> {
        let first = tree.records[Int(index)].firstEdge, count = tree.records[Int(index)].edgeCount
        return tree.edges[Int(first) ..< Int(first + count)]
    }

    /// The items of a sequence (aliases resolved); empty for anything else.
    public var items: [Node] {
        let node = resolved
        guard node.kind == .sequence else { return [] }
        return node.children.map { Node(tree: tree, index: $0).resolved }
    }

    /// The key/value pairs of a mapping in file order (values resolved); empty for anything else.
    public var pairs: [(key: Node, value: Node)] {
        let node = resolved
        guard node.kind == .mapping else { return [] }
        let edges = node.children
        var result: [(key: Node, value: Node)] = []
        result.reserveCapacity(edges.count / 2)
        var i = edges.startIndex
        while i + 1 < edges.endIndex {
            result.append((Node(tree: tree, index: edges[i]), Node(tree: tree, index: edges[i + 1]).resolved))
            i += 2
        }
        return result
    }

    /// The key node and value of `key` in a mapping. The last one wins when a key repeats,
    /// as it does for the Kubernetes API server's decoder.
    public func entry(_ key: String) -> (key: Node, value: Node)? {
        // Walks the mapping's edges from the end, comparing bytes in place and building nothing:
        // lookups are what rules do most.
        let tree = tree
        var key = key
        let found: Int? = key.withUTF8 { wanted in
            tree.records.withUnsafeBufferPointer { records in
                tree.edges.withUnsafeBufferPointer { edges in
                    tree.text.withUnsafeBufferPointer { text in
                        let mapping = Int(tree.resolvedIndex(index))
                        guard records[mapping].kind == .mapping else { return nil }
                        let first = Int(records[mapping].firstEdge)
                        var keyEdge = first + Int(records[mapping].edgeCount) / 2 * 2 - 2
                        while keyEdge >= first {
                            if tree.scalar(Int(tree.resolvedIndex(edges[keyEdge])), is: wanted, in: text) { return keyEdge }
                            keyEdge -= 2
                        }
                        return nil
                    }
                }
            }
        }
        guard let keyEdge = found else { return nil }
        return (Node(tree: tree, index: tree.edges[keyEdge]), Node(tree: tree, index: tree.resolvedIndex(tree.edges[keyEdge + 1])))
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> Node? { entry(key)?.value }

    /// The text of a scalar (aliases resolved); nil for collections.
    public var scalar: String? {
        tree.scalarText(Int(tree.resolvedIndex(index)))
    }

    /// A plain `null`, `~` or empty scalar: YAML's way of saying nothing.
    public var isNull: Bool {
        let node = resolved
        guard node.kind == .scalar, node.style == .plain, node.tag == nil else { return false }
        switch node.scalar ?? "" {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// A boolean as Kubernetes reads one: only an unquoted `true` or `false` (any case);
    /// a quoted `"true"` is a string.
    public var bool: Bool? {
        let node = resolved
        guard node.kind == .scalar, node.style == .plain, let text = node.scalar else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// An integer written as a plain scalar, or nil.
    public var int: Int? {
        let node = resolved
        guard node.kind == .scalar, node.style == .plain, let text = node.scalar else { return nil }
        return Int(text)
    }

    /// The way down from the document root, as `spec.containers[name=app].args[2]`.
    public var keyPath: String {
        // The chain from the root down to this node, then one string built in one pass: this
        // runs for every finding.
        var chain: [Int32] = [index]
        while case let parent = tree.records[Int(chain[chain.count - 1])].parent, parent >= 0 {
            chain.append(parent)
        }
        var path = ""
        for step in stride(from: chain.count - 1, to: 0, by: -1) {
            let parent = Node(tree: tree, index: chain[step]), child = chain[step - 1]
            guard let at = parent.children.firstIndex(of: child) else { continue }
            let position = at - parent.children.startIndex
            if parent.kind == .mapping {
                // A key node's path is the path of its entry.
                let keyIndex = position % 2 == 0 ? child : parent.children[at - 1]
                if !path.isEmpty { path += "." }
                path += Node(tree: tree, index: keyIndex).scalar ?? "?"
            } else if parent.kind == .sequence {
                // Items named by a `name` key (containers, volumes, ports) are shown by name.
                if let name = Node(tree: tree, index: child).resolved["name"]?.scalar {
                    path += "[name="
                    path += name
                    path += "]"
                } else {
                    path += "["
                    path += String(position)
                    path += "]"
                }
            }
        }
        return path
    }

    public var description: String {
        switch kind {
        case .scalar: return "scalar \(scalar ?? "") at \(start)"
        case .alias: return "alias at \(start)"
        case .sequence: return "sequence at \(start)"
        case .mapping: return "mapping at \(start)"
        }
    }
}
