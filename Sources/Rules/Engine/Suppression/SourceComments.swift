import YAML

/// A comment of a YAML file.
public struct SourceComment: Sendable, Hashable {
    /// Where its `#` stands.
    public let position: Position
    /// What follows the `#`, up to the end of the line, without surrounding blanks.
    public let text: String
    /// Whether something other than blanks stands before it on its line (`key: value  # …`).
    public let isTrailing: Bool
}

/// The comments of a file and what each line holds, read from the bytes: libyaml does not
/// report comments. A `#` starts a comment at the start of a line or after a blank, and only
/// outside every scalar, so a `#` inside a quoted or block scalar stays text.
///
/// Nodes are visited once each: a value reached through an alias is the anchor's node, which
/// has its own place in the tree, so it is not entered again.
public struct SourceLayout: Sendable {
    /// What one line of the file holds, as far as comments care.
    public enum LineKind: Sendable, Equatable {
        case blank
        /// Only a comment.
        case comment
        /// `---` (or `...`), alone or before a comment.
        case documentMarker
        case content
    }

    /// A node a comment can annotate: a document, a mapping entry (its key through its value), or
    /// a sequence item.
    public struct AnnotatableNode: Sendable, Hashable {
        public let span: SourceSpan
        /// 0 for a document, one more for each collection it sits in.
        public let depth: Int
        public var isDocument: Bool { depth == 0 }

        /// Whether a finding located at `position` lies in this node.
        public func contains(_ position: Position) -> Bool {
            position == span.start || (span.start <= position && position < span.end)
        }
    }

    public let comments: [SourceComment]
    /// `lines[n - 1]` is line n.
    public let lines: [LineKind]
    public let annotatableNodes: [AnnotatableNode]
    private let nodesByStartLine: [Int: [AnnotatableNode]]
    private let firstContentLine: Int?

    public init(_ tree: YAMLTree) {
        let source = tree.source
        let lineStarts = LineTable.lineStarts(of: source)
        var scalarRanges: [Range<Int>] = []
        var annotatable: [AnnotatableNode] = []

        func offset(of position: Position) -> Int {
            let line = min(max(position.line, 1), lineStarts.count)
            var index = lineStarts[line - 1]
            if line == 1, source.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
            var column = 1
            while column < position.column, index < source.count, source[index] != UInt8(ascii: "\n"), source[index] != UInt8(ascii: "\r") {
                index += 1
                // Columns count characters: skip the continuation bytes of a UTF-8 sequence.
                while index < source.count, source[index] & 0xC0 == 0x80 { index += 1 }
                column += 1
            }
            return index
        }

        func noteScalar(_ node: Node) {
            var start = offset(of: node.start)
            let end = offset(of: node.end)
            if node.style == .literal || node.style == .folded {
                // The header line (`key: |  # note`) may hold a comment; the text starts below it.
                start = node.start.line < lineStarts.count ? lineStarts[node.start.line] : end
            }
            if start < end { scalarRanges.append(start ..< end) }
        }

        // Depth-first without recursion; children are entered only when this collection owns
        // them (not when an alias led to them).
        var pending: [(node: Node, depth: Int)] = []
        for root in tree.documents {
            annotatable.append(AnnotatableNode(span: root.span, depth: 0))
            pending.append((root, 0))
        }
        while let (node, depth) = pending.popLast() {
            switch node.kind {
            case .scalar:
                noteScalar(node)
            case .mapping:
                for (key, value) in node.pairs {
                    if key.kind == .scalar {
                        noteScalar(key)
                    } else if key.kind != .alias {
                        pending.append((key, depth + 1))
                    }
                    let ownsValue = value.parent == node && value.start >= key.end
                    // An aliased value's own token is not in the tree; it ends the key's line.
                    let end = ownsValue ? max(value.end, key.end) : Position(line: key.end.line, column: Int.max)
                    annotatable.append(AnnotatableNode(span: SourceSpan(start: key.start, end: end), depth: depth + 1))
                    if ownsValue { pending.append((value, depth + 1)) }
                }
            case .sequence:
                var previousEnd = node.start
                for item in node.items where item.parent == node && item.start >= previousEnd {
                    annotatable.append(AnnotatableNode(span: item.span, depth: depth + 1))
                    pending.append((item, depth + 1))
                    previousEnd = item.end
                }
            case .alias:
                break
            }
        }
        scalarRanges.sort { $0.lowerBound < $1.lowerBound }

        var comments: [SourceComment] = []
        var lines: [LineKind] = []
        var nextRange = 0
        for (lineIndex, lineStart) in lineStarts.enumerated() {
            let lineEnd = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : source.count
            var kind = LineKind.blank
            var index = lineIndex == 0 && source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : lineStart
            while index < lineEnd {
                while nextRange < scalarRanges.count, scalarRanges[nextRange].upperBound <= index { nextRange += 1 }
                if nextRange < scalarRanges.count, scalarRanges[nextRange].contains(index) {
                    // Inside a scalar: text, whatever it looks like (blank lines of a block scalar too).
                    kind = .content
                    index = min(scalarRanges[nextRange].upperBound, lineEnd)
                    continue
                }
                let byte = source[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if byte == UInt8(ascii: "#"), kind == .blank || Self.isBlank(source[index - 1]) {
                    var end = index + 1
                    while end < lineEnd, source[end] != UInt8(ascii: "\n"), source[end] != UInt8(ascii: "\r") { end += 1 }
                    let text = String(decoding: source[(index + 1) ..< end], as: UTF8.self)
                    let trailing = kind != .blank
                    comments.append(SourceComment(position: Self.position(ofOffset: index, line: lineIndex + 1, lineStart: lineStart, in: source),
                                                  text: text.trimmingBlanks, isTrailing: trailing))
                    if kind == .blank { kind = .comment }
                    break
                }
                if !Self.isBlank(byte), kind == .blank {
                    kind = Self.isDocumentMarker(source, at: index, lineEnd: lineEnd) && index == lineStart ? .documentMarker : .content
                    if kind == .documentMarker {
                        index += 3
                        continue
                    }
                } else if !Self.isBlank(byte), kind == .documentMarker {
                    kind = .content
                }
                index += 1
            }
            lines.append(kind)
        }
        self.comments = comments
        self.lines = lines
        self.annotatableNodes = annotatable.sorted { ($0.span.start, $0.depth) < ($1.span.start, $1.depth) }
        nodesByStartLine = Dictionary(grouping: annotatableNodes, by: \.span.start.line)
        firstContentLine = lines.firstIndex(of: .content).map { $0 + 1 }
    }

    public func kind(ofLine line: Int) -> LineKind {
        line >= 1 && line <= lines.count ? lines[line - 1] : .blank
    }

    /// The first line after `line` that holds more than blanks, comments and `---`.
    public func contentLine(after line: Int) -> Int? {
        var next = line + 1
        while next <= lines.count {
            if lines[next - 1] == .content { return next }
            next += 1
        }
        return nil
    }

    /// Whether only blanks, comments and `---` lines stand before `line`: the file's header.
    public func isFileHeader(_ line: Int) -> Bool {
        firstContentLine.map { line < $0 } ?? true
    }

    /// Whether `line` sits between a `---` line and the content of that document, with only
    /// blanks and comments between: a document's header.
    public func isDocumentHeader(_ line: Int) -> Bool {
        var previous = line - 1
        while previous >= 1 {
            switch kind(ofLine: previous) {
            case .blank, .comment: previous -= 1
            case .documentMarker: return true
            case .content: return false
            }
        }
        return true
    }

    /// The outermost nodes that start on `line` (more than one when flow items share it).
    public func outermostNodes(startingOn line: Int) -> [AnnotatableNode] {
        let starting = nodesByStartLine[line] ?? []
        guard let depth = starting.map(\.depth).min() else { return [] }
        return starting.filter { $0.depth == depth }
    }

    /// The innermost node whose span holds `position`.
    public func innermostNode(containing position: Position) -> AnnotatableNode? {
        annotatableNodes.filter { $0.contains(position) }.max { $0.depth < $1.depth }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func isDocumentMarker(_ source: [UInt8], at index: Int, lineEnd: Int) -> Bool {
        guard index + 3 <= lineEnd else { return false }
        let marker = source[index ..< index + 3]
        guard marker.elementsEqual("---".utf8) || marker.elementsEqual("...".utf8) else { return false }
        return index + 3 == lineEnd || isBlank(source[index + 3]) || source[index + 3] == UInt8(ascii: "\n") || source[index + 3] == UInt8(ascii: "\r")
    }

    private static func position(ofOffset offset: Int, line: Int, lineStart: Int, in source: [UInt8]) -> Position {
        var column = 1
        var index = line == 1 && source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : lineStart
        while index < offset {
            if source[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return Position(line: line, column: column)
    }
}

extension String {
    var trimmingBlanks: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
