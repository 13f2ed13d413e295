import Rules
import YAML

/// Markdown for `$GITHUB_STEP_SUMMARY` and pull-request comments: a one-line verdict, counts by
/// severity (and by baseline state when a baseline ran), then the findings grouped by file, each
/// linked to its lines when the repository is known, with the rule's help folded away.
/// Written from a `ScanResult` and nothing else.
public struct MarkdownReport: Sendable {
    public struct Options: Sendable {
        /// Most bytes written; past it, findings are left out and the report says how many.
        /// 1 MiB suits a job summary, 65,536 a pull-request comment.
        public var limit: Int = 1 << 20
        /// The `--fail-on` threshold, for the verdict (nil: never fails).
        public var failOn: Severity? = .info
        /// `--fail-on-existing`: findings already on the base count for the verdict too.
        public var countingExisting = false
        public init() {}
    }

    /// Lets a bot find and update its own comment.
    public static let marker = "<!-- ci-reporter -->"
    /// The smallest limit that still holds the verdict and the counts.
    public static let minimumLimit = 4096

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func render(_ result: ScanResult) -> [UInt8] {
        Array(document(result).utf8)
    }

    func document(_ result: ScanResult) -> String {
        var head = "\(Self.marker)\n## \(verdict(result))\n\n"
        head += counts(result)
        if !result.diagnostics.isEmpty {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            head += "\n\(result.diagnostics.count) notice\(result.diagnostics.count == 1 ? "" : "s") about the inputs"
                + (errors > 0 ? " (\(errors) could not be fully read)" : "") + ": see the job log.\n"
        }

        let limit = max(options.limit, Self.minimumLimit)
        var body = ""
        var shown = 0
        let findings = result.findings
        let byFile = Dictionary(grouping: findings, by: \.path)
        let files = result.judgedFiles.filter { byFile[$0] != nil } + Set(byFile.keys).subtracting(result.judgedFiles).sorted()
        var budget = limit - head.utf8.count - 400  // room for the truncation note
        fill: for path in files {
            let heading = "\n### \(MarkdownText.escaped(path))\n\n"
            var section = heading
            for finding in byFile[path] ?? [] {
                let entry = item(finding, in: result)
                if section.utf8.count + entry.utf8.count > budget {
                    if section != heading { body += section }
                    break fill
                }
                section += entry
                shown += 1
            }
            budget -= section.utf8.count
            body += section
        }
        var text = head + body
        if shown < findings.count {
            let left = findings.count - shown
            text += "\n_\(left) more finding\(left == 1 ? "" : "s") not shown: this summary is limited to \(limit) bytes; the SARIF and JUnit reports have every finding._\n"
        }
        if !result.absentFindings.isEmpty {
            text += "\n\(result.absentFindings.count) finding\(result.absentFindings.count == 1 ? "" : "s") of the base version fixed by this change.\n"
        }
        return text
    }

    /// `:x: 2 new findings at or above medium` and the like.
    func verdict(_ result: ScanResult) -> String {
        let active = result.activeFindings
        let files = result.judgedFiles.count
        let scope = "in \(files) file\(files == 1 ? "" : "s")"
        if result.hasFinding(atLeast: options.failOn, countingExisting: options.countingExisting), let threshold = options.failOn {
            let counted = active.filter { $0.severity >= threshold && (options.countingExisting || !result.baselineRan || $0.baselineState == .new) }
            let kind = result.baselineRan && !options.countingExisting ? "new finding" : "finding"
            return ":x: ci-reporter: \(counted.count) \(kind)\(counted.count == 1 ? "" : "s") at or above \(threshold.rawValue) \(scope)"
        }
        if active.isEmpty {
            return ":white_check_mark: ci-reporter: no findings \(scope)"
        }
        let threshold = options.failOn.map { "none that fails the check (\(result.baselineRan && !options.countingExisting ? "new and " : "")at or above \($0.rawValue))" } ?? "none fails the check"
        return ":warning: ci-reporter: \(active.count) finding\(active.count == 1 ? "" : "s") \(scope), \(threshold)"
    }

    /// The table of counts: by severity, and new / unchanged when a baseline ran.
    func counts(_ result: ScanResult) -> String {
        let columns = result.baselineRan ? ["severity", "findings", "new", "unchanged", "suppressed"] : ["severity", "findings", "suppressed"]
        var table = "| " + columns.joined(separator: " | ") + " |\n|" + columns.map { _ in " --- |" }.joined() + "\n"
        var rows: [[Int]] = []
        for severity in Severity.allCases.reversed() {
            let findings = result.findings.filter { $0.severity == severity }
            let active = findings.filter { $0.suppression == nil }
            var row = [active.count]
            if result.baselineRan {
                row += [active.filter { $0.baselineState == .new }.count, active.filter { $0.baselineState == .unchanged }.count]
            }
            row.append(findings.count - active.count)
            rows.append(row)
            table += "| \(severity.rawValue) | " + row.map(String.init).joined(separator: " | ") + " |\n"
        }
        let totals = rows.reduce(into: Array(repeating: 0, count: rows.first?.count ?? 0)) { sum, row in
            for index in row.indices { sum[index] += row[index] }
        }
        table += "| **total** | " + totals.map { "**\($0)**" }.joined(separator: " | ") + " |\n"
        if result.baselineRan {
            table += "\nFixed by this change: \(result.absentFindings.count).\n"
        }
        return table
    }

    /// One finding: severity, rule, a link to its lines, the message, and the rule's help folded.
    func item(_ finding: Finding, in result: ScanResult) -> String {
        let start = finding.location.start.line
        let end = max(finding.location.end.line, start)
        let lines = start == end ? "L\(start)" : "L\(start)-L\(end)"
        let place = link(for: result.repositoryPath(finding.path), lines: lines, in: result).map { "[\(lines)](\($0))" } ?? lines
        var tags: [String] = []
        if let state = finding.baselineState, result.baselineRan { tags.append(state.rawValue) }
        if let suppression = finding.suppression {
            tags.append("suppressed" + (suppression.justification.map { ": " + MarkdownText.escaped($0) } ?? ""))
        }
        let tagText = tags.isEmpty ? "" : " _(\(tags.joined(separator: "; ")))_"
        return "- **\(finding.severity.rawValue)** `\(finding.rule.slug)` \(place)\(tagText): \(MarkdownText.escaped(finding.message))\n"
            + "  <details><summary>\(MarkdownText.escaped(finding.rule.name))</summary>\n\n"
            + finding.rule.help.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n")
            + "\n\n  </details>\n"
    }

    /// `<server>/<owner>/<repo>/blob/<sha>/<path>#L3-L5`, when the repository and revision are known.
    func link(for path: String, lines: String, in result: ScanResult) -> String? {
        guard let base = result.versionControl?.repositoryURL, let revision = result.versionControl?.revision,
              base.hasPrefix("https://") || base.hasPrefix("http://"), !path.hasPrefix("/"),
              base.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && !"()<>\"'`\\".unicodeScalars.contains($0) })
        else { return nil }
        return "\(base)/blob/\(revision)/\(SARIFReport.uri(for: path))#\(lines)"
    }
}
