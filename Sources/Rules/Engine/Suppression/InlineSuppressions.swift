import Foundation
import YAML

/// The suppression comments of one file, each with the part of the file it covers, and the
/// decision, per finding, of whether a comment silences it.
///
/// Where a comment acts:
/// - `# kics-scan ignore-line`: its own line and the next line with content (a trailing one:
///   its own line).
/// - `# kics-scan ignore-block`, `# ci-reporter:ignore`: the node it annotates, which is the
///   outermost document, mapping entry (key through value) or sequence item that starts on the
///   next line with content, or on its own line when it trails content.
/// - `# kics-scan ignore`, `enable=`, `disable=`, `# ci-reporter:ignore-file`: the whole file
///   when they stand in the file's header (only comments, blank lines and `---` above them),
///   or the document they head when they follow a later `---` line; nowhere else.
///
/// A finding is covered when its location lies in that part, or, for a comment that annotates a
/// node, when the finding is about something inside the node (its scope lies in it). A
/// suppressed finding is kept and marked; it is the reports' business to show it.
public struct InlineSuppressions: Sendable {
    public struct Directive: Sendable {
        public enum Region: Sendable {
            case file
            case lines(Set<Int>)
            case nodes([SourceLayout.AnnotatableNode])
            /// The comment covers nothing, for this reason.
            case nothing(String)
        }

        public let comment: SourceComment
        public let command: SuppressionCommand
        public let region: Region

        /// `'# kics-scan ignore-line'`, as written (shortened when long).
        public var quoted: String {
            let text = comment.text.count > 100 ? comment.text.prefix(99) + "…" : Substring(comment.text)
            return "'# \(text)'"
        }

        /// The justification a finding it silences carries: our comment's reason, or which
        /// comment it was.
        var justification: String {
            switch command {
            case .ignore(_, let reason?), .ignoreFile(_, let reason?): return reason
            default: return "\(quoted.dropFirst().dropLast()) on line \(comment.position.line)"
            }
        }

        func lies(_ position: Position) -> Bool {
            switch region {
            case .file: return true
            case .lines(let lines): return lines.contains(position.line)
            case .nodes(let nodes): return nodes.contains { $0.contains(position) }
            case .nothing: return false
            }
        }

        /// The name in the comment that selects `rule`, if one does.
        func name(selecting rule: RuleDescription) -> String? {
            command.ruleNames.first { $0 == rule.slug || $0.lowercased() == rule.id.lowercased() }
        }

        /// Whether a node the comment annotates holds the whole of `scope`: the finding is about
        /// something inside it, wherever it points (a container's finding may point at its
        /// pod's `metadata`).
        func encloses(_ scope: SourceSpan) -> Bool {
            guard case .nodes(let nodes) = region else { return false }
            return nodes.contains { $0.contains(scope.start) && scope.end <= $0.span.end }
        }

        func covers(_ finding: Finding) -> Bool {
            guard lies(finding.location.start) || encloses(finding.scope) else { return false }
            switch command {
            case .kicsIgnore, .kicsIgnoreLine, .kicsIgnoreBlock: return true
            case .kicsEnable: return name(selecting: finding.rule) == nil
            case .kicsDisable, .ignore, .ignoreFile: return name(selecting: finding.rule) != nil
            case .unreadable: return false
            }
        }
    }

    public let path: String
    public let directives: [Directive]
    /// Warnings about our own comments that cannot be read, name an unknown rule or give no
    /// reason. Reported always: such a comment silently failing is the worst outcome.
    public let problems: [Diagnostic]
    private let knownRules: [RuleDescription]

    /// Reads the suppression comments of `tree`; `knownRules` are every rule there is, so that a
    /// misspelt slug is told apart from a rule that merely did not run.
    public init(_ tree: YAMLTree, knownRules: [RuleDescription]) {
        path = tree.path
        self.knownRules = knownRules
        guard Self.mayHoldDirectives(tree.source) else {
            directives = []
            problems = []
            return
        }
        let layout = SourceLayout(tree)
        var directives: [Directive] = []
        for comment in layout.comments {
            guard let command = SuppressionCommand(comment: comment.text) else { continue }
            directives.append(Directive(comment: comment, command: command, region: Self.region(of: command, comment, in: layout)))
        }
        directives = Self.applyingKICSOrder(directives)
        self.directives = directives
        problems = directives.flatMap { Self.problems(of: $0, path: tree.path, knownRules: knownRules) }
    }

    /// Marks every finding of this file that a comment covers, and returns the problems of the
    /// comments and, with `reportingUnused`, a note for each comment (or rule named in one) that
    /// silences nothing. Rules named that are not among `ranRules` are not held against a comment.
    public func apply(to findings: inout [Finding], ranRules: Set<String>, reportingUnused: Bool) -> [Diagnostic] {
        guard !directives.isEmpty else { return [] }
        var used = Array(repeating: false, count: directives.count)
        var usedNames = Array(repeating: Set<String>(), count: directives.count)
        for index in findings.indices where findings[index].path == path {
            var chosen: Int?
            for (number, directive) in directives.enumerated() where directive.covers(findings[index]) {
                used[number] = true
                if let name = directive.name(selecting: findings[index].rule) { usedNames[number].insert(name) }
                if chosen.map({ directive.command.precedence < directives[$0].command.precedence }) ?? true { chosen = number }
            }
            if let chosen, findings[index].suppression == nil {
                findings[index].suppression = Suppression(kind: .inSource, justification: directives[chosen].justification)
            }
        }
        guard reportingUnused else { return problems }

        var notes: [Diagnostic] = []
        for (number, directive) in directives.enumerated() {
            func note(_ message: String) {
                notes.append(Diagnostic(.note, path: path, at: directive.comment.position, message))
            }
            if case .nothing(let reason) = directive.region {
                if case .unreadable(ours: true, _) = directive.command { continue }
                note("\(directive.quoted) has no effect: \(reason)")
                continue
            }
            switch directive.command {
            case .kicsDisable(let names), .ignore(let names, _), .ignoreFile(let names, _):
                let ours = directive.command.precedence < SuppressionCommand.kicsIgnore.precedence
                for name in names where !usedNames[number].contains(name) {
                    guard let rule = rule(named: name) else {
                        if !ours { note("\(directive.quoted): no rule ci-reporter knows has the id or slug '\(name)'") }
                        continue
                    }
                    if ranRules.contains(rule.slug) {
                        note("\(directive.quoted) suppresses no finding of \(rule.slug)")
                    }
                }
            default:
                if !used[number] { note("\(directive.quoted) suppresses no finding") }
            }
        }
        return problems + notes
    }

    private func rule(named name: String) -> RuleDescription? {
        knownRules.first { $0.slug == name || $0.id.lowercased() == name.lowercased() }
    }

    // MARK: - Reading the comments

    private static func region(of command: SuppressionCommand, _ comment: SourceComment, in layout: SourceLayout) -> Directive.Region {
        let line = comment.position.line
        switch command {
        case .unreadable(_, let problem):
            return .nothing(problem)
        case .kicsIgnoreLine:
            if comment.isTrailing { return .lines([line]) }
            return .lines(Set([line] + (layout.contentLine(after: line).map { [$0] } ?? [])))
        case .kicsIgnoreBlock, .ignore:
            let nodes: [SourceLayout.AnnotatableNode]
            if comment.isTrailing {
                let starting = layout.outermostNodes(startingOn: line)
                nodes = starting.isEmpty ? layout.innermostNode(containing: comment.position).map { [$0] } ?? [] : starting
            } else {
                nodes = layout.contentLine(after: line).map(layout.outermostNodes(startingOn:)) ?? []
            }
            return nodes.isEmpty ? .nothing("no YAML node follows it") : .nodes(nodes)
        case .kicsIgnore, .kicsEnable, .kicsDisable, .ignoreFile:
            let misplaced = Directive.Region.nothing("it acts only on a line of its own at the top of a file, or of a document after its '---' line")
            if comment.isTrailing { return misplaced }
            if layout.isFileHeader(line) { return .file }
            guard layout.isDocumentHeader(line), let next = layout.contentLine(after: line) else { return misplaced }
            let documents = layout.outermostNodes(startingOn: next).filter(\.isDocument)
            return documents.isEmpty ? misplaced : .nodes(documents)
        }
    }

    /// KICS reads `enable=` before `disable=`: where a header has both, `disable=` does nothing.
    private static func applyingKICSOrder(_ directives: [Directive]) -> [Directive] {
        func scope(_ region: Directive.Region) -> SourceSpan?? {
            switch region {
            case .file: return .some(nil)
            case .nodes(let nodes) where nodes.count == 1 && nodes[0].isDocument: return .some(nodes[0].span)
            default: return .none
            }
        }
        let enabledScopes = directives.compactMap { directive -> SourceSpan?? in
            if case .kicsEnable = directive.command { return scope(directive.region) }
            return nil
        }
        return directives.map { directive in
            guard case .kicsDisable = directive.command, let own = scope(directive.region),
                  enabledScopes.contains(where: { $0 == own }) else { return directive }
            return Directive(comment: directive.comment, command: directive.command,
                             region: .nothing("an 'enable=' comment of the same header comes first in KICS's order"))
        }
    }

    private static func problems(of directive: Directive, path: String, knownRules: [RuleDescription]) -> [Diagnostic] {
        let position = directive.comment.position
        switch directive.command {
        case .unreadable(ours: true, let problem):
            return [Diagnostic(.warning, path: path, at: position, "\(directive.quoted) \(problem)")]
        case .ignore(let names, let reason), .ignoreFile(let names, let reason):
            var problems: [Diagnostic] = []
            let slugs = knownRules.map(\.slug)
            for name in names where !knownRules.contains(where: { $0.slug == name || $0.id.lowercased() == name.lowercased() }) {
                let hint = nearest(to: name, among: slugs).map { "; did you mean '\($0)'?" } ?? ""
                problems.append(Diagnostic(.warning, path: path, at: position, "\(directive.quoted) names the unknown rule '\(name)'\(hint)"))
            }
            if reason == nil {
                problems.append(Diagnostic(.warning, path: path, at: position,
                                           "\(directive.quoted) gives no reason: add ' -- <why this is accepted>' so that it stays visible"))
            }
            return problems
        default:
            return []
        }
    }

    /// Whether a comment of the file may mention either syntax (most files hold none, and then
    /// the nodes need not be walked). Directives live in comments, so only the rest of a line
    /// after a `#` is searched; `#` itself is found with `memchr`.
    static func mayHoldDirectives(_ source: [UInt8]) -> Bool {
        let first = Array(SuppressionCommand.kicsPrefix.utf8), second = Array(SuppressionCommand.ourPrefix.utf8)
        return source.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            while from < bytes.count, let hash = memchr(base + from, Int32(UInt8(ascii: "#")), bytes.count - from) {
                let start = base.distance(to: hash.assumingMemoryBound(to: UInt8.self))
                let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                let end = newline.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                if containsEitherIgnoringCase(UnsafeBufferPointer(rebasing: bytes[start ..< end]), first, second) { return true }
                from = end
            }
            return false
        }
    }

    /// Whether `bytes` hold `first` or `second` (lowercase, at least 4 bytes), in any case: one
    /// pass that compares four bytes at a time with each needle's first four (cased alike by
    /// setting bit 5 of each byte, which can only let through more candidates), and only then
    /// the whole needle.
    static func containsEitherIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ first: [UInt8], _ second: [UInt8]) -> Bool {
        precondition(first.count >= 4 && second.count >= 4)
        @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        @inline(__always) func word(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        return first.withUnsafeBufferPointer { first in
            second.withUnsafeBufferPointer { second in
                let caseBits: UInt32 = 0x2020_2020
                let firstWord = word(first, 0) | caseBits, secondWord = word(second, 0) | caseBits
                func matches(_ needle: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
                    guard start + needle.count <= bytes.count else { return false }
                    for offset in 0 ..< needle.count where lower(bytes[start + offset]) != needle[offset] { return false }
                    return true
                }
                var start = 0
                while start + 4 <= bytes.count {
                    let candidate = word(bytes, start) | caseBits
                    if candidate == firstWord, matches(first, at: start) { return true }
                    if candidate == secondWord, matches(second, at: start) { return true }
                    start += 1
                }
                return false
            }
        }
    }
}
