import CIReporter
import Foundation
import Rules

enum RulesCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        var parser = Arguments(arguments)
        let options = try parser.parse(valued: ["--format", "--docs"], switches: ["--help", "-h"])
        if options["--help"] != nil || options["-h"] != nil {
            print(Help.rules)
            return 0
        }
        guard parser.positionals.isEmpty else {
            throw Arguments.UsageError(description: "rules takes no path")
        }
        let rules = Catalog.rules.map(\.description)
        if let folder = options["--docs"]?.last {
            let written = try RulePages.write(rules, to: folder)
            print("Wrote \(written) pages to \(folder).")
            return 0
        }
        switch options["--format"]?.last ?? "text" {
        case "text":
            let slugWidth = rules.map(\.slug.count).max() ?? 0
            for rule in rules {
                let severity = rule.severity.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
                let slug = rule.slug.padding(toLength: slugWidth, withPad: " ", startingAt: 0)
                print("\(severity)  \(slug)  \(rule.id)  \(rule.category)")
            }
            print("\(rules.count) rule\(rules.count == 1 ? "" : "s").")
        case "json":
            let list = rules.map { rule -> [String: Any] in
                ["id": rule.id, "slug": rule.slug, "name": rule.name, "severity": rule.severity.rawValue,
                 "category": rule.category, "summary": rule.summary, "help": rule.help, "references": rule.references]
            }
            let data = try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        case let other:
            throw Arguments.UsageError(description: "--format takes text or json, not '\(other)'")
        }
        return 0
    }
}
