import Foundation
import Rules
import YAML

/// SARIF 2.1.0 for GitHub code scanning, written from a `ScanResult` and nothing else.
public struct SARIFReport: Sendable {
    public struct Options: Sendable {
        /// `runs[0].automationDetails.id`; GitHub keeps one set of alerts per category.
        public var category: String = "ci-reporter/"
        /// The absolute folder that relative paths are relative to, for `originalUriBaseIds`.
        public var sourceRoot: String?
        public init() {}
    }

    /// GitHub keeps at most this many results per run.
    public static let maxResults = 25_000
    static let uriBaseID = "%SRCROOT%"

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func render(_ result: ScanResult) throws -> [UInt8] {
        try JSONWriter.bytes(document(result))
    }

    func document(_ result: ScanResult) -> [String: Any] {
        let rules = result.rules
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var findings = result.findings
        var notifications = result.diagnostics.map { notification($0, in: result) }
        if findings.count > Self.maxResults {
            // Keep the most severe; among equals, report order decides.
            let kept = findings.enumerated()
                .sorted { ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset) }
                .prefix(Self.maxResults)
                .sorted { $0.offset < $1.offset }
                .map(\.element)
            notifications.append([
                "level": "warning",
                "message": ["text": "\(findings.count - Self.maxResults) of \(findings.count) findings were left out: GitHub code scanning accepts at most \(Self.maxResults) results per run, so the most severe were kept."],
            ])
            findings = kept
        }
        var lineHashes: [String: [Int: String]] = [:]
        let results: [[String: Any]] = findings.map { finding in
            if lineHashes[finding.path] == nil, let source = result.sources[finding.path] {
                lineHashes[finding.path] = LineHash.hashes(of: source)
            }
            var fingerprints = ["ciReporterLogical/v1": finding.logicalFingerprint]
            if let hash = lineHashes[finding.path]?[finding.location.start.line] {
                fingerprints["primaryLocationLineHash"] = hash
            }
            var entry: [String: Any] = [
                "ruleId": finding.rule.slug,
                "level": Self.level(finding.severity),
                "message": ["text": finding.message],
                "locations": [["physicalLocation": physicalLocation(result.repositoryPath(finding.path), region: finding.location)]],
                "partialFingerprints": fingerprints,
            ]
            if let index = ruleIndex[finding.rule.slug] { entry["ruleIndex"] = index }
            if result.baselineRan, let state = finding.baselineState { entry["baselineState"] = state.rawValue }
            if let suppression = finding.suppression {
                var fields: [String: Any] = ["kind": suppression.kind.rawValue, "status": "accepted"]
                if let justification = suppression.justification { fields["justification"] = justification }
                entry["suppressions"] = [fields]
            }
            var properties: [String: Any] = ["object": finding.object.description, "keyPath": finding.keyPath]
            if let container = finding.container { properties["container"] = container }
            entry["properties"] = properties
            return entry
        }

        var run: [String: Any] = [
            "tool": ["driver": driver(rules)],
            "results": results,
            "columnKind": "unicodeCodePoints",
            "automationDetails": ["id": options.category],
            "invocations": [[
                "executionSuccessful": !result.hadUnreadableInput,
                "toolExecutionNotifications": notifications,
            ]],
        ]
        if let provenance = versionControlProvenance(result.versionControl) {
            run["versionControlProvenance"] = [provenance]
        }
        if let root = options.sourceRoot {
            let uri = URL(fileURLWithPath: root, isDirectory: true).absoluteString
            run["originalUriBaseIds"] = [Self.uriBaseID: ["uri": uri.hasSuffix("/") ? uri : uri + "/"]]
        }
        return [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
    }

    /// The repository and revision judged; SARIF needs the repository's URI for it.
    private func versionControlProvenance(_ versionControl: VersionControl?) -> [String: Any]? {
        guard let versionControl, let url = versionControl.repositoryURL, url.contains("://") else { return nil }
        var details: [String: Any] = ["repositoryUri": url]
        if let revision = versionControl.revision { details["revisionId"] = revision }
        if let branch = versionControl.branch { details["branch"] = branch }
        if options.sourceRoot != nil { details["mappedTo"] = ["uriBaseId": Self.uriBaseID] }
        return details
    }

    private func driver(_ rules: [RuleDescription]) -> [String: Any] {
        [
            "name": ToolInfo.name,
            "semanticVersion": ToolInfo.version,
            "informationUri": ToolInfo.informationURI,
            "rules": rules.map { rule -> [String: Any] in
                var properties: [String: Any] = [
                    "tags": ["security", "kubernetes", rule.category.lowercased()],
                    "precision": "high",
                ]
                if let score = Self.securitySeverity(rule.severity) { properties["security-severity"] = score }
                return [
                    "id": rule.slug,
                    "guid": rule.id,
                    "name": rule.name,
                    "shortDescription": ["text": rule.name],
                    "fullDescription": ["text": rule.summary],
                    "help": ["text": rule.help, "markdown": "**\(rule.name)** (\(rule.severity.rawValue), \(rule.category))\n\n\(rule.help)"],
                    "helpUri": "\(ToolInfo.informationURI)/blob/main/docs/rules/\(rule.slug).md",
                    "defaultConfiguration": ["level": Self.level(rule.severity)],
                    "properties": properties,
                ]
            },
        ]
    }

    private func notification(_ diagnostic: Diagnostic, in result: ScanResult) -> [String: Any] {
        var entry: [String: Any] = [
            "level": diagnostic.severity.rawValue,
            "message": ["text": diagnostic.message],
        ]
        let region = diagnostic.position.map { SourceSpan(start: $0, end: $0) }
        entry["locations"] = [["physicalLocation": physicalLocation(result.repositoryPath(diagnostic.path), region: region)]]
        return entry
    }

    private func physicalLocation(_ path: String, region: SourceSpan?) -> [String: Any] {
        var artifact: [String: Any] = ["uri": Self.uri(for: path)]
        if !path.hasPrefix("/") { artifact["uriBaseId"] = Self.uriBaseID }
        var location: [String: Any] = ["artifactLocation": artifact]
        if let region {
            var fields = ["startLine": region.start.line, "startColumn": region.start.column]
            if region.end > region.start {
                fields["endLine"] = region.end.line
                fields["endColumn"] = region.end.column
            }
            location["region"] = fields
        }
        return location
    }

    /// A path as a URI reference: relative paths stay relative, and every character outside the
    /// unreserved set and `/` is percent-encoded (a space, `#`, `%`, `é`).
    static func uri(for path: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0) ... Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~/")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .high: return "error"
        case .medium: return "warning"
        case .low, .info: return "note"
        }
    }

    /// GitHub's `security-severity`: high 8.0, medium 5.5, low 3.0; info has none.
    static func securitySeverity(_ severity: Severity) -> String? {
        switch severity {
        case .high: return "8.0"
        case .medium: return "5.5"
        case .low: return "3.0"
        case .info: return nil
        }
    }
}
