/// Everything about a rule except its logic: what it is called, how much it matters, what it
/// says to a user, and examples that show it firing and staying quiet.
///
/// In a triggering example, `↓` stands right before each place a finding must point at; the
/// marker is removed before the YAML is parsed. One generic test runs every rule's examples,
/// and the rule pages in `docs/rules/` are written from these values.
public struct RuleDescription: Sendable {
    /// The KICS / Datadog query id, a UUID.
    public var id: String { storage.id }
    /// The stable identifier used in reports and suppressions, e.g. `kubelet_client_certificate_or_key_not_set`.
    public var slug: String { storage.slug }
    public var name: String { storage.name }
    public var severity: Severity { storage.severity }
    public var category: String { storage.category }
    /// One sentence: what is wrong when this rule fires.
    public var summary: String { storage.summary }
    /// Why it matters and how to fix it, in Markdown.
    public var help: String { storage.help }
    public var references: [String] { storage.references }
    public var nonTriggeringExamples: [String] { storage.nonTriggeringExamples }
    public var triggeringExamples: [String] { storage.triggeringExamples }

    /// Every finding carries its rule's description, and reports copy findings many times
    /// (filtering, grouping, sorting): one shared, immutable box makes each copy one retain
    /// instead of one per field.
    private let storage: Storage

    private final class Storage: Sendable {
        let id: String
        let slug: String
        let name: String
        let severity: Severity
        let category: String
        let summary: String
        let help: String
        let references: [String]
        let nonTriggeringExamples: [String]
        let triggeringExamples: [String]

        init(id: String, slug: String, name: String, severity: Severity, category: String, summary: String, help: String,
             references: [String], nonTriggeringExamples: [String], triggeringExamples: [String]) {
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
    }

    public init(id: String, slug: String, name: String, severity: Severity, category: String,
                summary: String, help: String, references: [String] = [],
                nonTriggeringExamples: [String], triggeringExamples: [String]) {
        storage = Storage(id: id, slug: slug, name: name, severity: severity, category: category, summary: summary, help: help,
                          references: references, nonTriggeringExamples: nonTriggeringExamples, triggeringExamples: triggeringExamples)
    }

    /// The marker that shows, in a triggering example, where a finding points.
    public static let marker: Character = "↓"
}
