import Rules
import YAML

/// An `ignore:` entry of the configuration file: rules silenced in some paths, with the reason
/// that goes with every finding it silences.
public struct PathSuppression: Sendable {
    /// Path globs, matched against paths as reports show them.
    public let paths: [String]
    /// The selectors as written, and the rules they stand for.
    public let rules: [RuleSelector]
    public let reason: String
    /// Where the entry stands, for the note that says it silences nothing.
    public let file: String?
    public let position: Position?
    private let globs: [PathGlob]

    public init(paths: [String], rules: [RuleSelector], reason: String, file: String? = nil, position: Position? = nil) {
        self.paths = paths
        self.rules = rules
        self.reason = reason
        self.file = file
        self.position = position
        globs = paths.map(PathGlob.init)
    }

    public func covers(_ finding: Finding) -> Bool {
        rules.contains { $0.selects(finding.rule) } && globs.contains { $0.matches(finding.path) }
    }

    /// Marks the findings the entries cover that nothing silenced before; returns a note for
    /// each entry that covers none, when asked.
    static func apply(_ entries: [PathSuppression], to findings: inout [Finding], reportingUnused: Bool) -> [Diagnostic] {
        var used = Array(repeating: false, count: entries.count)
        for index in findings.indices {
            for (number, entry) in entries.enumerated() where entry.covers(findings[index]) {
                used[number] = true
                if findings[index].suppression == nil {
                    findings[index].suppression = Suppression(kind: .external, justification: entry.reason)
                }
            }
        }
        guard reportingUnused else { return [] }
        return entries.indices.filter { !used[$0] }.map { number in
            let entry = entries[number]
            let rules = entry.rules.map(\.text).joined(separator: ", ")
            return Diagnostic(.note, path: entry.file ?? Configuration.fileName, at: entry.position,
                              "the ignore entry for \(rules) in \(entry.paths.joined(separator: ", ")) suppresses no finding")
        }
    }
}
