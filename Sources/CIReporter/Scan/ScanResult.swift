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
    /// Findings of the base version that the change fixed (`baselineState == .absent`); empty
    /// when no baseline ran.
    public var absentFindings: [Finding] = []
    /// Whether a baseline ran, so that `Finding.baselineState` is set on every finding.
    public var baselineRan = false
    /// The repository, revision and branch judged, when known.
    public var versionControl: VersionControl?

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

    /// Findings that are not suppressed: the ones that count.
    public var activeFindings: [Finding] { findings.filter { $0.suppression == nil } }

    /// How many findings there are of each severity.
    public var countsBySeverity: [Severity: Int] {
        Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
    }

    /// Whether any finding that counts is at least as severe as `threshold` (nil: never).
    /// Suppressed findings never count; when a baseline ran, only new ones do unless
    /// `countingExisting`.
    public func hasFinding(atLeast threshold: Severity?, countingExisting: Bool = false) -> Bool {
        guard let threshold else { return false }
        return activeFindings.contains {
            $0.severity >= threshold && (countingExisting || !baselineRan || $0.baselineState == .new)
        }
    }
}

/// Where the judged files come from, for links and SARIF's `versionControlProvenance`.
public struct VersionControl: Sendable, Hashable {
    /// e.g. `https://github.com/owner/repo`
    public var repositoryURL: String?
    public var revision: String?
    public var branch: String?

    public init(repositoryURL: String?, revision: String?, branch: String?) {
        self.repositoryURL = repositoryURL
        self.revision = revision
        self.branch = branch
    }
}
