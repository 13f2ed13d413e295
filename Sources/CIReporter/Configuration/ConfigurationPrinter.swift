import Rules

extension Configuration {
    /// The value a run uses when neither the file nor the command line sets `fail-on`.
    public static let defaultFailOn = FailThreshold.atLeast(.info)
    /// Likewise for `filter` (diff only).
    public static let defaultFilter = ChangeFilter.touched

    /// The configuration as a file that reads back to the same settings, every key written
    /// (defaults included), followed by the rules that run, as comments.
    public func printed(catalog: [Rule] = Catalog.rules) -> String {
        var out = "# ci-reporter configuration: " + (path.map { "\($0), with the command line applied" } ?? "defaults (no configuration file)") + "\n"
        out += "include: \(Self.flowList(include))\n"
        out += "exclude: \(Self.flowList(exclude))\n"
        out += "rules:\n"
        if let enable {
            out += "  enable: \(Self.flowList(enable.map(\.text)))\n"
        } else {
            out += "  # enable: every rule\n"
        }
        out += "  disable: \(Self.flowList(disable.map(\.text)))\n"
        if severities.isEmpty {
            out += "severity: {}\n"
        } else {
            out += "severity:\n"
            for slug in severities.keys.sorted() {
                out += "  \(slug): \(severities[slug]!.rawValue)\n"
            }
        }
        out += "fail-on: \(failOn ?? Self.defaultFailOn)\n"
        out += "filter: \((filter ?? Self.defaultFilter).rawValue)\n"
        let files = [("sarif", outputs.sarif), ("junit", outputs.junit), ("markdown", outputs.markdown)].compactMap { name, file in
            file.map { "  \(name): \(Self.scalar($0))\n" }
        }
        out += files.isEmpty ? "outputs: {}\n" : "outputs:\n" + files.joined()
        out += "markdown-limit: \(markdownLimit ?? MarkdownReport.Options().limit)\n"
        out += "report-unused-suppressions: \(reportUnusedSuppressions ?? false)\n"
        if ignores.isEmpty {
            out += "ignore: []\n"
        } else {
            out += "ignore:\n"
            for entry in ignores {
                out += "  - paths: \(Self.flowList(entry.paths))\n"
                out += "    rules: \(Self.flowList(entry.rules.map(\.text)))\n"
                out += "    reason: \(Self.quoted(entry.reason))\n"
            }
        }
        let selected = selectedRules(from: catalog)
        out += "\n# Rules that run: \(selected.count) of \(catalog.count)\n"
        for rule in selected {
            let severity = rule.description.severity.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
            out += "#   \(severity)  \(rule.description.slug)\n"
        }
        return out
    }

    static func flowList(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// A word as YAML reads it back unchanged: plain when it is safe so, quoted otherwise.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        if text.wholeMatch(of: /[A-Za-z_\/][A-Za-z0-9_.\/-]*/) != nil, !reserved.contains(text.lowercased()) {
            return text
        }
        return quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
