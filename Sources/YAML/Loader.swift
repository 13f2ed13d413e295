import CYaml

/// Turns bytes into a `YAMLTree` with libyaml's event API, one event at a time and without
/// recursion, so neither deep nesting nor aliases can exhaust the stack or memory.
///
/// A file that does not parse still gives every document that parsed before the error and,
/// where a later `---` line lets parsing start again, every document after it.
public struct YAMLLoader: Sendable {
    public var limits: LoaderLimits

    public init(limits: LoaderLimits = .default) {
        self.limits = limits
    }

    public func load(path: String, bytes: [UInt8]) -> YAMLTree {
        if bytes.count > limits.maxFileSize {
            let diagnostic = Diagnostic(.error, path: path, "file is \(bytes.count) bytes, more than the limit of \(limits.maxFileSize); not judged")
            return YAMLTree(path: path, source: [], records: [], edges: [], roots: [], text: [], tags: [:], diagnostics: [diagnostic])
        }
        var builder = TreeBuilder(path: path, source: bytes, limits: limits)
        builder.loadAll()
        if builder.roots.isEmpty && builder.diagnostics.isEmpty {
            builder.diagnostics.append(Diagnostic(.note, path: path, "file holds no YAML document; nothing to judge"))
        }
        // The arrays grew by doubling; a tree lives until the whole scan is judged, so it keeps
        // only what it holds.
        return YAMLTree(path: path, source: bytes, records: Self.trimmed(builder.records), edges: Self.trimmed(builder.edges),
                        roots: builder.roots, text: Self.trimmed(builder.text), tags: builder.tags, diagnostics: builder.diagnostics)
    }

    /// The array in a buffer of its size, when the one it has is much larger.
    private static func trimmed<Element>(_ array: [Element]) -> [Element] {
        array.capacity > array.count + array.count / 8 ? array.withUnsafeBufferPointer { Array($0) } : array
    }

    public func load(path: String, text: String) -> YAMLTree {
        load(path: path, bytes: Array(text.utf8))
    }
}

/// The mutable state of one load. Parsing runs over byte ranges ("segments") of the file so that
/// it can start again after an error, at the next `---` line.
private struct TreeBuilder {
    let path: String
    let source: [UInt8]
    let limits: LoaderLimits
    /// Line starts, worked out only when parsing stops early or starts past the first byte:
    /// a file that parses whole never needs them.
    lazy var lines = LineTable(source)
    var records: [NodeRecord] = []
    var edges: [Int32] = []
    var roots: [Int32] = []
    var text: [UInt8] = []
    var tags: [Int32: String] = [:]
    var diagnostics: [Diagnostic] = []

    private struct Frame {
        var node: Int32
        var anchor: String?
        var children: [Int32] = []
    }

    init(path: String, source: [UInt8], limits: LoaderLimits) {
        self.path = path
        self.source = source
        self.limits = limits
    }

    mutating func loadAll() {
        var pending = [0 ..< source.count]
        while !pending.isEmpty {
            let range = pending.removeFirst()
            switch parse(range) {
            case .finished:
                break
            case .stopped(let failedAt, let resumable):
                // Start again at the next document after the failure, if there is one.
                if resumable, let next = lines.documentStart(after: failedAt), next < range.upperBound {
                    pending.insert(next ..< range.upperBound, at: 0)
                }
            case .readerFailed(let offset):
                // libyaml decodes ahead, so an encoding error can surface before the documents
                // that precede it were reported: judge those again, without the bad one.
                let documentStart = lines.documentStart(atOrBefore: offset, notBefore: range.lowerBound)
                var again: [Range<Int>] = []
                if documentStart > range.lowerBound { again.append(range.lowerBound ..< documentStart) }
                if let next = lines.documentStart(after: offset), next < range.upperBound {
                    again.append(next ..< range.upperBound)
                }
                pending.insert(contentsOf: again, at: 0)
            }
        }
    }

    private enum Outcome {
        case finished
        /// Parsing stopped at this byte offset; `resumable` when a later document may still load.
        case stopped(at: Int, resumable: Bool)
        /// The bytes themselves are bad at this offset; what this segment added was rolled back.
        case readerFailed(at: Int)
    }

    private mutating func parse(_ range: Range<Int>) -> Outcome {
        let lineOffset = range.lowerBound == 0 ? 0 : lines.line(ofOffset: range.lowerBound) - 1
        let checkpoint = (records.count, edges.count, roots.count, text.count)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            diagnostics.append(Diagnostic(.error, path: path, "libyaml could not start a parser (out of memory)"))
            return .finished
        }
        defer { yaml_parser_delete(&parser) }

        return source.withUnsafeBufferPointer { buffer -> Outcome in
            let base = buffer.baseAddress.map { $0 + range.lowerBound } ?? UnsafePointer<UInt8>(bitPattern: 1)!
            yaml_parser_set_input_string(&parser, base, range.count)
            var stack: [Frame] = []
            var anchors: [String: Int32] = [:]
            var event = yaml_event_t()

            func position(_ mark: yaml_mark_t) -> (Int32, Int32) {
                (Int32(Int(mark.line) + 1 + lineOffset), Int32(mark.column + 1))
            }

            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    if parser.error == YAML_READER_ERROR {
                        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable bytes"
                        var offset = range.lowerBound + parser.problem_offset
                        if problem.contains("trailing") {
                            // libyaml names the bad continuation byte; point at the character it breaks.
                            while offset > range.lowerBound, source[offset - 1] & 0xC0 == 0x80 { offset -= 1 }
                            if offset > range.lowerBound, source[offset - 1] >= 0xC0 { offset -= 1 }
                        }
                        records.removeSubrange(Int(checkpoint.0)...)
                        edges.removeSubrange(Int(checkpoint.1)...)
                        roots.removeSubrange(Int(checkpoint.2)...)
                        text.removeSubrange(checkpoint.3...)
                        tags = tags.filter { $0.key < checkpoint.0 }
                        diagnostics.append(Diagnostic(.error, path: path, at: lines.position(ofOffset: offset),
                                                      "\(problem) (byte \(offset)); that document is not judged"))
                        return .readerFailed(at: offset)
                    }
                    let (line, column) = position(parser.problem_mark)
                    var message = parser.problem.map { String(cString: $0) } ?? "YAML syntax error"
                    if let context = parser.context {
                        let (contextLine, contextColumn) = position(parser.context_mark)
                        message += " \(String(cString: context)) started at \(contextLine):\(contextColumn)"
                    }
                    diagnostics.append(Diagnostic(.error, path: path, at: Position(line: Int(line), column: Int(column)),
                                                  "\(message); that document is not judged"))
                    return .stopped(at: lines.offset(ofLine: Int(line)), resumable: true)
                }
                defer { yaml_event_delete(&event) }

                var newNode: Int32?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return .finished
                case YAML_DOCUMENT_START_EVENT:
                    anchors = [:]
                    stack = []
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let (startLine, startColumn) = position(event.start_mark)
                    let (endLine, endColumn) = position(event.end_mark)
                    let record = NodeRecord(kind: .scalar, style: Self.style(of: scalar.style),
                                            startLine: startLine, startColumn: startColumn,
                                            endLine: endLine, endColumn: endColumn,
                                            parent: stack.last?.node ?? -1,
                                            first: Int32(text.count), count: Int32(scalar.length))
                    guard let id = append(record, at: startLine, startColumn,
                                          tag: Self.explicitTag(scalar.tag, implicit: scalar.plain_implicit != 0 || scalar.quoted_implicit != 0))
                    else { return .stopped(at: source.count, resumable: false) }
                    text.append(contentsOf: UnsafeBufferPointer(start: scalar.value, count: scalar.length))
                    if let anchor = scalar.anchor { anchors[String(cString: anchor)] = id }
                    newNode = id
                case YAML_ALIAS_EVENT:
                    let name = String(cString: event.data.alias.anchor)
                    let (startLine, startColumn) = position(event.start_mark)
                    let (endLine, endColumn) = position(event.end_mark)
                    var record = NodeRecord(kind: .alias, style: .plain, startLine: startLine, startColumn: startColumn,
                                            endLine: endLine, endColumn: endColumn, parent: stack.last?.node ?? -1, first: -1)
                    if let target = anchors[name] {
                        record.target = target
                    } else {
                        diagnostics.append(Diagnostic(.warning, path: path, at: Position(line: Int(startLine), column: Int(startColumn)),
                                                      "alias *\(name) names no anchor defined before it (or one that contains it); read as nothing"))
                    }
                    guard let id = append(record, at: startLine, startColumn) else { return .stopped(at: source.count, resumable: false) }
                    newNode = id
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let isSequence = event.type == YAML_SEQUENCE_START_EVENT
                    let (startLine, startColumn) = position(event.start_mark)
                    if stack.count >= limits.maxDepth {
                        diagnostics.append(Diagnostic(.error, path: path, at: Position(line: Int(startLine), column: Int(startColumn)),
                                                      "nesting deeper than \(limits.maxDepth) levels; that document is not judged"))
                        return .stopped(at: lines.offset(ofLine: Int(startLine)), resumable: true)
                    }
                    let flow = isSequence ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                                          : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                    let anchorPointer = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    let tagPointer = isSequence ? event.data.sequence_start.tag : event.data.mapping_start.tag
                    let implicit = isSequence ? event.data.sequence_start.implicit : event.data.mapping_start.implicit
                    let record = NodeRecord(kind: isSequence ? .sequence : .mapping, style: flow ? .flow : .block,
                                            startLine: startLine, startColumn: startColumn,
                                            endLine: startLine, endColumn: startColumn,
                                            parent: stack.last?.node ?? -1)
                    guard let id = append(record, at: startLine, startColumn, tag: Self.explicitTag(tagPointer, implicit: implicit != 0)) else { return .stopped(at: source.count, resumable: false) }
                    // The anchor is bound when the collection ends, so an alias inside it cannot
                    // refer to it and no cycle can form.
                    stack.append(Frame(node: id, anchor: anchorPointer.map { String(cString: $0) }))
                    continue
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { break }
                    let index = Int(frame.node)
                    records[index].firstEdge = Int32(edges.count)
                    records[index].edgeCount = Int32(frame.children.count)
                    edges.append(contentsOf: frame.children)
                    if records[index].style == .flow || frame.children.isEmpty {
                        let (endLine, endColumn) = position(event.end_mark)
                        records[index].endLine = endLine
                        records[index].endColumn = endColumn
                    } else {
                        // A block collection ends where its last child ends, not at the next
                        // token libyaml had to read to know it was over.
                        let last = records[Int(frame.children[frame.children.count - 1])]
                        records[index].endLine = last.endLine
                        records[index].endColumn = last.endColumn
                    }
                    if let anchor = frame.anchor { anchors[anchor] = frame.node }
                    newNode = frame.node
                default:
                    break
                }

                // A node joins its parent when it is complete, which keeps file order.
                if let node = newNode {
                    if stack.isEmpty {
                        roots.append(node)
                    } else {
                        stack[stack.count - 1].children.append(node)
                    }
                }
            }
        }
    }

    private mutating func append(_ record: NodeRecord, at line: Int32, _ column: Int32, tag: String? = nil) -> Int32? {
        guard records.count < limits.maxNodes else {
            diagnostics.append(Diagnostic(.error, path: path, at: Position(line: Int(line), column: Int(column)),
                                          "more than \(limits.maxNodes) YAML nodes; the rest of the file is not judged"))
            return nil
        }
        records.append(record)
        let id = Int32(records.count - 1)
        if let tag { tags[id] = tag }
        return id
    }

    private static func style(of style: yaml_scalar_style_t) -> Node.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func explicitTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, implicit: Bool) -> String? {
        guard let tag, !implicit else { return nil }
        return String(cString: tag)
    }
}
