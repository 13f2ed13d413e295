import Rules
import YAML

/// Everything a run found and everything it has to say about its inputs: the one value every
/// report is written from.
public struct ScanResult: Sendable {
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]
    /// Every rule that ran, found something or not (so that fixed alerts close).
    public var rules: [RuleDescription]
    /// Paths of the files that were loaded and judged, in order.
    public var judgedFiles: [String]
    public var objectsJudged: Int
    /// Whether some input could not be read at all (a missing path, a permission).
    public var hadUnreadableInput: Bool
    /// The bytes of every judged file, for reports that quote or hash lines.
    public var sources: [String: [UInt8]]

    public init(findings: [Finding] = [], diagnostics: [Diagnostic] = [], rules: [RuleDescription] = [],
                judgedFiles: [String] = [], objectsJudged: Int = 0, hadUnreadableInput: Bool = false,
                sources: [String: [UInt8]] = [:]) {
        self.findings = findings
        self.diagnostics = diagnostics
        self.rules = rules
        self.judgedFiles = judgedFiles
        self.objectsJudged = objectsJudged
        self.hadUnreadableInput = hadUnreadableInput
        self.sources = sources
    }

    /// How many findings there are of each severity.
    public var countsBySeverity: [Severity: Int] {
        Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
    }

    /// Whether any finding is at least as severe as `threshold` (nil: never).
    public func hasFinding(atLeast threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
    }
}
