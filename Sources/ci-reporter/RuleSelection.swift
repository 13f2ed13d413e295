import CIReporter
import Rules

/// `--rule SLUG|ID` (repeatable, or comma-separated): judge with these rules only.
enum RuleSelection {
    static func rules(_ options: [String: [String]]) throws -> [Rule] {
        guard let names = options["--rule"] else { return Catalog.rules }
        var chosen: [Rule] = []
        for name in names.flatMap({ $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }) where !name.isEmpty {
            guard let rule = Catalog.rule(name) else {
                let slugs = Catalog.rules.map(\.description.slug)
                let near = slugs.min { editDistance($0, name) < editDistance($1, name) }
                let hint = near.flatMap { editDistance($0, name) <= max(3, name.count / 4) ? " (did you mean \($0)?)" : nil } ?? ""
                throw Arguments.UsageError(description: "--rule: no rule is named '\(name)'\(hint); 'ci-reporter rules' lists them")
            }
            if !chosen.contains(where: { $0.description.slug == rule.description.slug }) { chosen.append(rule) }
        }
        return chosen
    }
}
