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
    /// Every Kubernetes object judged, in file order: what JUnit counts as its test cases.
    public var objects: [JudgedObject]
    public var objectsJudged: Int { objects.count }
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
    /// A judged file's path inside the repository, where it differs from the path shown (a
    /// `scan` run from a sub-folder, or given `../` paths); links and SARIF URIs use it.
    public var repositoryPaths: [String: String] = [:]

    public init(findings: [Finding] = [], diagnostics: [Diagnostic] = [], rules: [RuleDescription] = [],
                judgedFiles: [String] = [], objects: [JudgedObject] = [], hadUnreadableInput: Bool = false,
                sources: [String: [UInt8]] = [:]) {
        self.findings = findings
        self.diagnostics = diagnostics
        self.rules = rules
        self.judgedFiles = judgedFiles
        self.objects = objects
        self.hadUnreadableInput = hadUnreadableInput
        self.sources = sources
    }

    /// The path reports link to: repository-relative when known, else as shown.
    public func repositoryPath(_ path: String) -> String {
        repositoryPaths[path] ?? path
    }

    /// Findings that count and that the change brought in (none when no baseline ran).
    public var newFindings: [Finding] { activeFindings.filter { $0.baselineState == .new } }
    /// Findings an in-source comment or the configuration silenced; they never fail the build.
    public var suppressedFindings: [Finding] { findings.filter { $0.suppression != nil } }

    /// Findings that are not suppressed: the ones that count.
    public var activeFindings: [Finding] { findings.filter { $0.suppression == nil } }

    /// How many findings that count (not suppressed) there are of each severity, severities
    /// without one left out. Counted in one pass, with no copy of the findings: there may be
    /// 200,000.
    public var activeCountsBySeverity: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for index in findings.indices where findings[index].suppression == nil {
            counts[findings[index].severity, default: 0] += 1
        }
        return counts
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

/// One Kubernetes object that was judged: where it is, and what it is called.
public struct JudgedObject: Sendable, Hashable {
    public var path: String
    public var identity: ObjectIdentity
    /// Where the object's mapping starts.
    public var line: Int

    public init(path: String, identity: ObjectIdentity, line: Int) {
        self.path = path
        self.identity = identity
        self.line = line
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
