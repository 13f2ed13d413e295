import Rules
import YAML

/// JUnit XML for test reporters (GitHub, GitLab, Jenkins): one `testsuite` per judged file, one
/// `testcase` per rule and object (passes count too), a `failure` per finding and `skipped` for
/// findings that are suppressed. Written from a `ScanResult` and nothing else.
public struct JUnitReport: Sendable {
    public init() {}

    public func render(_ result: ScanResult) -> [UInt8] {
        Array(document(result).utf8)
    }

    /// A rule judged against one object, with what it found there.
    struct Case {
        let rule: RuleDescription
        let object: JudgedObject
        var name: String
        var findings: [Finding] = []

        var active: [Finding] { findings.filter { $0.suppression == nil } }
        var suppressed: [Finding] { findings.filter { $0.suppression != nil } }
        var isFailure: Bool { !active.isEmpty }
        var isSkipped: Bool { active.isEmpty && !suppressed.isEmpty }
    }

    func document(_ result: ScanResult) -> String {
        let objectsByFile = Dictionary(grouping: result.objects, by: \.path)
        let findingsByFile = Dictionary(grouping: result.findings, by: \.path)
        let errorsByFile = Dictionary(grouping: result.diagnostics.filter { $0.severity == .error }, by: \.path)
        let suites = result.judgedFiles.map { path in
            (path, cases(objects: objectsByFile[path] ?? [], findings: findingsByFile[path] ?? [], rules: result.rules))
        }
        let tests = suites.reduce(0) { $0 + $1.1.count }
        let failures = suites.reduce(0) { $0 + $1.1.filter(\.isFailure).count }
        let skipped = suites.reduce(0) { $0 + $1.1.filter(\.isSkipped).count }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(ToolInfo.name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
        for (path, cases) in suites {
            let file = attribute(result.repositoryPath(path))
            let errors = errorsByFile[path] ?? []
            xml += "  <testsuite name=\"\(attribute(path))\" tests=\"\(cases.count + (errors.isEmpty ? 0 : 1))\" "
                + "failures=\"\(cases.filter(\.isFailure).count)\" errors=\"\(errors.isEmpty ? 0 : 1)\" "
                + "skipped=\"\(cases.filter(\.isSkipped).count)\" file=\"\(file)\">\n"
            if let first = errors.first {
                // What did not load is an error of the file, so a broken manifest cannot pass.
                xml += "    <testcase name=\"\(attribute("load \(path)"))\" classname=\"\(attribute(path))\" file=\"\(file)\""
                    + (first.position.map { " line=\"\($0.line)\"" } ?? "") + ">\n"
                xml += "      <error type=\"load\" message=\"\(attribute(first.message))\">"
                    + text(errors.map(\.description).joined(separator: "\n")) + "</error>\n"
                xml += "    </testcase>\n"
            }
            for testCase in cases {
                xml += render(testCase, path: result.repositoryPath(path))
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    private struct CaseKey: Hashable {
        let slug: String
        let object: JudgedObject
    }

    /// Every rule against every object of one file, in object order then rule order, each with a
    /// unique name: `slug · Kind 'ns/name'`, and ` #2` after a name already used in the file.
    func cases(objects: [JudgedObject], findings: [Finding], rules: [RuleDescription]) -> [Case] {
        var cases: [Case] = []
        var index: [CaseKey: Int] = [:]
        var used: [String: Int] = [:]
        for object in objects {
            for rule in rules {
                var name = "\(rule.slug) · \(object.identity)"
                used[name, default: 0] += 1
                if let count = used[name], count > 1 { name += " #\(count)" }
                index[CaseKey(slug: rule.slug, object: object)] = cases.count
                cases.append(Case(rule: rule, object: object, name: name))
            }
        }
        for finding in findings {
            // A finding belongs to the last object with its identity that starts at or before it.
            let owner = objects.last { $0.identity == finding.object && $0.line <= finding.location.start.line }
                ?? objects.first { $0.identity == finding.object }
            guard let owner, let at = index[CaseKey(slug: finding.rule.slug, object: owner)] else { continue }
            cases[at].findings.append(finding)
        }
        return cases
    }

    private func render(_ testCase: Case, path: String) -> String {
        let line = testCase.findings.first?.location.start.line ?? testCase.object.line
        var xml = "    <testcase name=\"\(attribute(testCase.name))\" classname=\"\(attribute(testCase.object.path))\" "
            + "file=\"\(attribute(path))\" line=\"\(line)\""
        guard !testCase.findings.isEmpty else { return xml + "/>\n" }
        xml += ">\n"
        if testCase.isSkipped {
            let reasons = testCase.suppressed.compactMap { $0.suppression?.justification }
            let message = reasons.isEmpty ? "suppressed" : "suppressed: \(reasons.joined(separator: "; "))"
            xml += "      <skipped message=\"\(attribute(message))\">" + text(testCase.suppressed.map(body).joined(separator: "\n\n")) + "</skipped>\n"
        } else {
            for finding in testCase.active {
                xml += "      <failure message=\"\(attribute(firstSentence(finding.message)))\" type=\"\(attribute(finding.rule.slug))\">"
                    + text(body(finding)) + "</failure>\n"
            }
        }
        return xml + "    </testcase>\n"
    }

    /// Where, what and how to fix, for the failure's text.
    private func body(_ finding: Finding) -> String {
        var lines = [
            "\(finding.path):\(finding.location.start): \(finding.severity.rawValue): \(finding.message)",
            "object: \(finding.object)" + (finding.container.map { ", container '\($0)'" } ?? ""),
            "at: \(finding.keyPath)",
        ]
        if let state = finding.baselineState { lines.append("baseline: \(state.rawValue)") }
        if let suppression = finding.suppression {
            lines.append("suppressed (\(suppression.kind.rawValue))" + (suppression.justification.map { ": \($0)" } ?? ""))
        }
        lines.append("")
        lines.append(finding.rule.help)
        return lines.joined(separator: "\n")
    }

    private func attribute(_ value: String) -> String { XMLText.escaped(value, inAttribute: true) }
    private func text(_ value: String) -> String { XMLText.escaped(value) }
}

/// The first sentence of a message: up to the first `. ` or the end.
func firstSentence(_ message: String) -> String {
    if let end = message.range(of: ". ") { return String(message[..<end.lowerBound]) + "." }
    return message
}
