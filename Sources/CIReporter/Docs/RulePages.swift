import Foundation
import Rules

/// The rule pages of `docs/rules/`, written from the catalog itself so they cannot drift from
/// what the rules do: metadata, what is wrong, why it matters and how to fix it, and the rule's
/// own examples (the ones its test runs).
public enum RulePages {
    /// Every page by file name: one per rule and the index, `README.md`.
    public static func pages(for rules: [RuleDescription]) -> [String: String] {
        var pages = ["README.md": index(rules)]
        for rule in rules { pages["\(rule.slug).md"] = page(rule) }
        return pages
    }

    static func index(_ rules: [RuleDescription]) -> String {
        var text = """
            # Rules

            ci-reporter judges Kubernetes manifests with \(rules.count) rule\(rules.count == 1 ? "" : "s"). The slug is the SARIF \
            `ruleId` and the name suppressions and `--rule` use; the id is the KICS / Datadog query id.
            These pages are written from the catalog by `make docs`.

            | severity | rule | name | category |
            | --- | --- | --- | --- |

            """
        let order = rules.sorted { ($0.severity, $1.slug) > ($1.severity, $0.slug) }
        for rule in order {
            text += "| \(rule.severity.rawValue) | [`\(rule.slug)`](\(rule.slug).md) | \(rule.name) | \(rule.category) |\n"
        }
        return text
    }

    static func page(_ rule: RuleDescription) -> String {
        var text = """
            # \(rule.name)

            | | |
            | --- | --- |
            | slug | `\(rule.slug)` |
            | id | `\(rule.id)` |
            | severity | \(rule.severity.rawValue) |
            | category | \(rule.category) |

            \(rule.summary)

            ## Why it matters and how to fix it

            \(rule.help)

            """
        if !rule.references.isEmpty {
            text += "\n## References\n\n" + rule.references.map { "- <\($0)>\n" }.joined()
        }
        text += "\n## Non-compliant\n"
        for example in rule.triggeringExamples {
            let marked = MarkedExample(example)
            let places = marked.markers.map { "line \($0.line), column \($0.column)" }
            let distinct = places.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let counted = distinct.map { place in
                let count = places.filter { $0 == place }.count
                return count > 1 ? "\(place) (\(count) findings)" : place
            }
            text += "\n```yaml\n\(marked.text.trimmingTrailingNewlines())\n```\n\nFinds: \(counted.joined(separator: "; ")).\n"
        }
        text += "\n## Compliant\n"
        for example in rule.nonTriggeringExamples {
            text += "\n```yaml\n\(example.trimmingTrailingNewlines())\n```\n"
        }
        return text
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

extension RulePages {
    /// Writes every page to `folder` and removes the Markdown files there that are no page
    /// any more; returns how many pages there are.
    public static func write(_ rules: [RuleDescription], to folder: String) throws -> Int {
        let pages = pages(for: rules)
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: folder) where name.hasSuffix(".md") && pages[name] == nil {
            try manager.removeItem(atPath: folder + "/" + name)
        }
        for (name, text) in pages.sorted(by: { $0.key < $1.key }) {
            try AtomicFile.write(Array(text.utf8), to: folder + "/" + name)
        }
        return pages.count
    }
}
