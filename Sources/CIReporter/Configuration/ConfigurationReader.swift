import Foundation
import Rules
import YAML

/// Why a configuration file cannot be used: every problem found, each with file:line:column.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Configuration {
    /// The keys of the file, in the order `ci-reporter config --print` writes them.
    public static let keys = ["include", "exclude", "rules", "severity", "fail-on", "filter", "outputs", "markdown-limit",
                              "report-unused-suppressions", "ignore"]

    /// The path of `.ci-reporter.yml` in `folder`, when there is such a file.
    public static func file(in folder: String) -> String? {
        let path = folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return FileDiscovery.displayPath(path)
    }

    /// Reads and checks the configuration file at `path`.
    public static func load(path: String, catalog: [RuleDescription] = Catalog.rules.map(\.description)) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ConfigurationError([Diagnostic(.error, path: path, exists ? "configuration file cannot be read (permission denied?)" : "no such configuration file")])
        }
        return try read(path: path, bytes: [UInt8](data), catalog: catalog)
    }

    /// Reads configuration text with our YAML loader. Unknown keys, values of the wrong type
    /// and names that select no rule are errors, all of them reported at once, with a
    /// suggestion when a word is close to a right one.
    public static func read(path: String, bytes: [UInt8], catalog: [RuleDescription] = Catalog.rules.map(\.description)) throws -> Configuration {
        let tree = YAMLLoader().load(path: path, bytes: bytes)
        var reader = ConfigurationReader(path: path, catalog: catalog)
        reader.problems = tree.diagnostics.filter { $0.severity == .error }
        var configuration = Configuration()
        configuration.path = path
        let documents = tree.documents
        if documents.count > 1 {
            reader.fail(documents[1], "a configuration file holds one YAML document, not \(documents.count)")
        }
        if let root = documents.first, !root.isNull {
            reader.read(root, into: &configuration)
        }
        guard reader.problems.isEmpty else {
            // In file order, as a reader goes through the file.
            let ordered = reader.problems.enumerated().sorted { a, b in
                let (x, y) = (a.element.position ?? Position(line: 0, column: 0), b.element.position ?? Position(line: 0, column: 0))
                return x == y ? a.offset < b.offset : x < y
            }
            throw ConfigurationError(ordered.map(\.element))
        }
        return configuration
    }
}

/// One reading of a configuration file: what it sets, and every problem on the way.
private struct ConfigurationReader {
    let path: String
    let catalog: [RuleDescription]
    var problems: [Diagnostic] = []

    mutating func fail(_ node: Node, _ message: String) {
        problems.append(Diagnostic(.error, path: path, at: node.start, message))
    }

    mutating func read(_ root: Node, into configuration: inout Configuration) {
        guard let entries = entries(of: root, known: Configuration.keys, in: nil) else { return }
        if let value = entries["include"]?.value, let globs = globs(value, key: "include") {
            configuration.include = globs
        }
        if let value = entries["exclude"]?.value, let globs = globs(value, key: "exclude") {
            configuration.exclude = globs
        }
        if let value = entries["rules"]?.value, !value.isNull, let rules = self.entries(of: value, known: ["enable", "disable"], in: "rules") {
            if let enable = rules["enable"]?.value { configuration.enable = selectors(enable, key: "rules.enable") }
            if let disable = rules["disable"]?.value { configuration.disable = selectors(disable, key: "rules.disable") ?? [] }
        }
        if let value = entries["severity"]?.value, !value.isNull {
            configuration.severities = severities(value)
        }
        if let value = entries["fail-on"]?.value, !value.isNull, let text = word(value, key: "fail-on") {
            if let threshold = FailThreshold(text) {
                configuration.failOn = threshold
            } else {
                fail(value, "fail-on takes \(FailThreshold.choices), not '\(text)'" + hint(text, among: ["high", "medium", "low", "info", "none"]))
            }
        }
        if let value = entries["filter"]?.value, !value.isNull, let text = word(value, key: "filter") {
            if let filter = ChangeFilter(rawValue: text) {
                configuration.filter = filter
            } else {
                let choices = ChangeFilter.allCases.map(\.rawValue)
                fail(value, "filter takes \(choices.joined(separator: ", ")), not '\(text)'" + hint(text, among: choices))
            }
        }
        if let value = entries["outputs"]?.value, !value.isNull,
           let outputs = self.entries(of: value, known: ["sarif", "junit", "markdown"], in: "outputs") {
            configuration.outputs.sarif = outputs["sarif"].flatMap { word($0.value, key: "outputs.sarif") }
            configuration.outputs.junit = outputs["junit"].flatMap { word($0.value, key: "outputs.junit") }
            configuration.outputs.markdown = outputs["markdown"].flatMap { word($0.value, key: "outputs.markdown") }
        }
        if let value = entries["markdown-limit"]?.value, !value.isNull {
            if let limit = value.int, limit >= MarkdownReport.minimumLimit {
                configuration.markdownLimit = limit
            } else {
                fail(value, "markdown-limit takes a number of bytes of at least \(MarkdownReport.minimumLimit), not \(describe(value))")
            }
        }
        if let value = entries["report-unused-suppressions"]?.value, !value.isNull {
            if let flag = value.bool {
                configuration.reportUnusedSuppressions = flag
            } else {
                fail(value, "report-unused-suppressions takes true or false, not \(describe(value))")
            }
        }
        if let value = entries["ignore"]?.value, !value.isNull {
            configuration.ignores = ignores(value)
        }
    }

    /// The entries of a mapping by key, after reporting keys that are not `known` (with the
    /// nearest known one) and keys given twice.
    mutating func entries(of node: Node, known: [String], in parent: String?) -> [String: (key: Node, value: Node)]? {
        let place = parent.map { " in '\($0)'" } ?? ""
        guard node.kind == .mapping else {
            fail(node, (parent.map { "'\($0)' takes" } ?? "a configuration file holds") + " a mapping of settings, not \(describe(node))")
            return nil
        }
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in node.pairs {
            guard let name = key.scalar else {
                fail(key, "keys\(place) are words, not \(describe(key))")
                continue
            }
            guard known.contains(name) else {
                let suggestion = nearest(to: name, among: known).map { "; did you mean '\($0)'?" }
                fail(key, "unknown key '\(name)'\(place)" + (suggestion ?? "; the keys are \(known.joined(separator: ", "))"))
                continue
            }
            if let first = result[name] {
                fail(key, "'\(name)' is given twice\(place) (first at \(first.key.start))")
            }
            result[name] = (key, value)
        }
        return result
    }

    /// A list of words, or one word for a list of one; nothing (`key:`) is an empty list.
    mutating func words(_ node: Node, key: String) -> [(text: String, node: Node)]? {
        if node.isNull { return [] }
        if node.kind == .scalar, let text = node.scalar { return [(text, node)] }
        guard node.kind == .sequence else {
            fail(node, "\(key) takes a list, not \(describe(node))")
            return nil
        }
        var result: [(text: String, node: Node)] = []
        var broken = false
        for item in node.items {
            if item.kind == .scalar, !item.isNull, let text = item.scalar {
                result.append((text, item))
            } else {
                fail(item, "the items of \(key) are words, not \(describe(item))")
                broken = true
            }
        }
        return broken ? nil : result
    }

    mutating func word(_ node: Node, key: String) -> String? {
        if node.kind == .scalar, !node.isNull, let text = node.scalar { return text }
        fail(node, "\(key) takes one word, not \(describe(node))")
        return nil
    }

    mutating func globs(_ node: Node, key: String) -> [String]? {
        guard let words = words(node, key: key) else { return nil }
        for (text, item) in words where text.trimmingCharacters(in: .whitespaces).isEmpty {
            fail(item, "an empty glob in \(key) matches nothing")
        }
        return words.map(\.text)
    }

    mutating func selectors(_ node: Node, key: String) -> [RuleSelector]? {
        guard let words = words(node, key: key) else { return nil }
        var selectors: [RuleSelector] = []
        var broken = false
        for (text, item) in words {
            if let selector = RuleSelector(text, in: catalog) {
                selectors.append(selector)
            } else {
                fail(item, "unknown rule '\(text)'" + hint(text, among: RuleSelector.vocabulary(catalog),
                                                            otherwise: "; name a rule by its slug or id, a category or a severity ('ci-reporter rules' lists them)"))
                broken = true
            }
        }
        return broken ? nil : selectors
    }

    mutating func severities(_ node: Node) -> [String: Severity] {
        guard node.kind == .mapping else {
            fail(node, "severity takes a mapping of rule to severity, not \(describe(node))")
            return [:]
        }
        var result: [String: Severity] = [:]
        for (key, value) in node.pairs {
            guard let name = key.scalar, let rule = catalog.first(where: { $0.slug == name || $0.id.lowercased() == name.lowercased() }) else {
                let name = key.scalar ?? ""
                fail(key, "unknown rule '\(name)' in 'severity'" + hint(name, among: catalog.map(\.slug),
                                                                        otherwise: "; name a rule by its slug or id ('ci-reporter rules' lists them)"))
                continue
            }
            guard let text = value.scalar, let severity = Severity(caseInsensitive: text) else {
                fail(value, "a severity is high, medium, low or info, not \(describe(value))")
                continue
            }
            result[rule.slug] = severity
        }
        return result
    }

    mutating func ignores(_ node: Node) -> [PathSuppression] {
        guard node.kind == .sequence else {
            fail(node, "ignore takes a list of entries with paths, rules and reason, not \(describe(node))")
            return []
        }
        var result: [PathSuppression] = []
        for item in node.items {
            guard let entry = entries(of: item, known: ["paths", "rules", "reason"], in: "ignore") else { continue }
            var complete = true
            for needed in ["paths", "rules", "reason"] where entry[needed] == nil {
                fail(item, "this ignore entry has no '\(needed)'" + (needed == "reason" ? ": say why these findings are accepted" : ""))
                complete = false
            }
            guard complete else { continue }
            let paths = entry["paths"].flatMap { globs($0.value, key: "ignore.paths") }
            let rules = entry["rules"].flatMap { selectors($0.value, key: "ignore.rules") }
            let reason = entry["reason"].flatMap { word($0.value, key: "ignore.reason") }
            if let key = entry["paths"]?.key, paths?.isEmpty == true { fail(key, "ignore.paths lists no path") }
            if let key = entry["rules"]?.key, rules?.isEmpty == true { fail(key, "ignore.rules lists no rule") }
            guard let paths, let rules, let reason, !paths.isEmpty, !rules.isEmpty else { continue }
            result.append(PathSuppression(paths: paths, rules: rules, reason: reason, file: path, position: item.start))
        }
        return result
    }

    /// `; did you mean 'x'?` when a known word is close, else `otherwise`.
    func hint(_ text: String, among candidates: [String], otherwise: String = "") -> String {
        nearest(to: text, among: candidates).map { "; did you mean '\($0)'?" } ?? otherwise
    }

    func describe(_ node: Node) -> String {
        if node.isNull { return "nothing" }
        switch node.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar, .alias: return "'\(node.scalar ?? "")'"
        }
    }
}
