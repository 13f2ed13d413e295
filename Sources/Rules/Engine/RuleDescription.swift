/// Everything about a rule except its logic: what it is called, how much it matters, what it
/// says to a user, and examples that show it firing and staying quiet.
///
/// In a triggering example, `↓` stands right before each place a finding must point at; the
/// marker is removed before the YAML is parsed. One generic test runs every rule's examples,
/// and the rule pages in `docs/rules/` are written from these values.
public struct RuleDescription: Sendable {
    /// The KICS / Datadog query id, a UUID.
    public let id: String
    /// The stable identifier used in reports and suppressions, e.g. `kubelet_client_certificate_or_key_not_set`.
    public let slug: String
    public let name: String
    public let severity: Severity
    public let category: String
    /// One sentence: what is wrong when this rule fires.
    public let summary: String
    /// Why it matters and how to fix it, in Markdown.
    public let help: String
    public let references: [String]
    public let nonTriggeringExamples: [String]
    public let triggeringExamples: [String]

    public init(id: String, slug: String, name: String, severity: Severity, category: String,
                summary: String, help: String, references: [String] = [],
                nonTriggeringExamples: [String], triggeringExamples: [String]) {
        self.id = id
        self.slug = slug
        self.name = name
        self.severity = severity
        self.category = category
        self.summary = summary
        self.help = help
        self.references = references
        self.nonTriggeringExamples = nonTriggeringExamples
        self.triggeringExamples = triggeringExamples
    }

    /// The marker that shows, in a triggering example, where a finding points.
    public static let marker: Character = "↓"
}
