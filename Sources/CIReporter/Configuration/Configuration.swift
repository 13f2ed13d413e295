import Rules
import YAML

/// What `.ci-reporter.yml` says: which files and rules a run judges, how findings are graded and
/// silenced, and the defaults of options the command line may still override.
///
/// Every field left out of the file keeps the value a run without a file has, so
/// `Configuration()` is the behaviour of no file at all.
public struct Configuration: Sendable {
    public static let fileName = ".ci-reporter.yml"

    /// The file it was read from; nil for the defaults.
    public var path: String?
    /// Path globs of the files to judge (as `.gitignore` writes them).
    public var include: [String] = PathFilter.defaultIncludes
    /// Path globs of files to leave out, even when they match `include`.
    public var exclude: [String] = []
    /// Rule selectors (slug, id, category or severity) that run; nil for every rule.
    public var enable: [RuleSelector]?
    /// Rule selectors that do not run, taken out of what `enable` selected.
    public var disable: [RuleSelector] = []
    /// Severities given to rules instead of their own, by slug.
    public var severities: [String: Severity] = [:]
    public var failOn: FailThreshold?
    public var filter: ChangeFilter?
    public var outputs = Outputs()
    /// The largest Markdown report, in bytes.
    public var markdownLimit: Int?
    public var reportUnusedSuppressions: Bool?
    /// Rules silenced for some paths, with a reason (`ignore:`).
    public var ignores: [PathSuppression] = []

    public init() {}

    /// Report files to write.
    public struct Outputs: Sendable, Hashable {
        public var sarif: String?
        public var junit: String?
        public var markdown: String?
        public init(sarif: String? = nil, junit: String? = nil, markdown: String? = nil) {
            self.sarif = sarif
            self.junit = junit
            self.markdown = markdown
        }
    }

    /// The paths `include` and `exclude` accept.
    public var pathFilter: PathFilter { PathFilter(include: include, exclude: exclude) }

    /// The rules that run: the catalog's, as `enable` and `disable` select them, graded as
    /// `severities` say.
    public func selectedRules(from catalog: [Rule] = Catalog.rules) -> [Rule] {
        catalog.filter { rule in
            (enable?.contains { $0.selects(rule.description) } ?? true) && !disable.contains { $0.selects(rule.description) }
        }.map { rule in
            severities[rule.description.slug].map(rule.graded) ?? rule
        }
    }

    /// The suppression settings of a scan: comments are read, the `ignore:` entries apply.
    public var suppressionOptions: Scanner.SuppressionOptions {
        var options = Scanner.SuppressionOptions()
        options.paths = ignores
        options.reportsUnused = reportUnusedSuppressions ?? false
        return options
    }
}

/// `--fail-on`: a severity, or `none` to never fail on findings.
public enum FailThreshold: Sendable, Hashable, CustomStringConvertible {
    case never
    case atLeast(Severity)

    public static let choices = "high, medium, low, info or none"

    public init?(_ text: String) {
        if text.lowercased() == "none" {
            self = .never
        } else if let severity = Severity(caseInsensitive: text) {
            self = .atLeast(severity)
        } else {
            return nil
        }
    }

    /// The threshold `ScanResult.hasFinding(atLeast:)` takes; nil never fails.
    public var severity: Severity? {
        if case .atLeast(let severity) = self { return severity }
        return nil
    }

    public var description: String { severity?.rawValue ?? "none" }
}

/// A way to name rules in the configuration: a slug, an id, a category or a severity.
public struct RuleSelector: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case rule(slug: String)
        case category(String)
        case severity(Severity)
    }

    public let kind: Kind
    /// As written in the file.
    public let text: String

    /// The selector `text` stands for among `catalog`, or nil when it names nothing there.
    public init?(_ text: String, in catalog: [RuleDescription]) {
        self.text = text
        if let rule = catalog.first(where: { $0.slug == text || $0.id.lowercased() == text.lowercased() }) {
            kind = .rule(slug: rule.slug)
        } else if let category = catalog.first(where: { $0.category.lowercased() == text.lowercased() })?.category {
            kind = .category(category)
        } else if let severity = Severity(caseInsensitive: text) {
            kind = .severity(severity)
        } else {
            return nil
        }
    }

    public func selects(_ rule: RuleDescription) -> Bool {
        switch kind {
        case .rule(let slug): return rule.slug == slug
        case .category(let category): return rule.category == category
        case .severity(let severity): return rule.severity == severity
        }
    }

    /// Every word a selector may be, for "did you mean" hints.
    static func vocabulary(_ catalog: [RuleDescription]) -> [String] {
        catalog.map(\.slug) + Set(catalog.map(\.category)).sorted() + Severity.allCases.map(\.rawValue)
    }

    public var description: String { text }
}
