import Rules
import YAML

/// Console text: one line per finding in the form editors and CI logs link
/// (`path:line:column: severity: rule: message`), then a summary.
public struct TextReport: Sendable {
    public var useColor: Bool
    /// How many threads write lines: runs of findings are written apart and joined in order.
    public var jobs: Int

    public init(useColor: Bool = false, jobs: Int = 1) {
        self.useColor = useColor
        self.jobs = jobs
    }

    public func render(_ result: ScanResult) -> String {
        String(decoding: renderBytes(result), as: UTF8.self)
    }

    /// The report as UTF-8, built straight from each run's lines: a report of 200,000 findings
    /// is tens of megabytes, and a joined string would be one more copy of it.
    public func renderBytes(_ result: ScanResult) -> [UInt8] {
        let findings = result.findings
        let severities = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, paint($0)) })
        let run = 4096
        let parts = ParallelWork.map((findings.count + run - 1) / run, jobs: jobs) { part in
            Self.lines(findings[part * run ..< min(findings.count, (part + 1) * run)], severities: severities,
                       showingBaseline: result.baselineRan)
        }
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count } + 200)
        for part in parts { out += part.utf8 }
        out += (summary(result) + "\n").utf8
        return out
    }

    /// `path:line:column: severity: rule: message` for each finding, appended piece by piece:
    /// no interpolation or temporary strings (a run may have 100,000 findings). After a baseline,
    /// `(new)` or `(unchanged)` follows, so a job log says which findings the change brought in.
    private static func lines(_ findings: ArraySlice<Finding>, severities: [Severity: String], showingBaseline: Bool) -> String {
        var out = ""
        out.reserveCapacity(findings.count * 160)
        for finding in findings {
            out += finding.path
            out += ":"
            out += String(finding.location.start.line)
            out += ":"
            out += String(finding.location.start.column)
            out += ": "
            out += severities[finding.severity]!
            out += ": "
            out += finding.rule.slug
            out += ": "
            out += finding.message
            let state = showingBaseline ? finding.baselineState : nil
            if state != nil || finding.suppression != nil { out += " (" }
            if let state {
                out += state.rawValue
                if finding.suppression != nil { out += "; " }
            }
            if let suppression = finding.suppression {
                out += "suppressed"
                if let justification = suppression.justification {
                    out += ": "
                    out += justification
                }
            }
            if state != nil || finding.suppression != nil { out += ")" }
            out += "\n"
        }
        return out
    }

    /// `3 findings (1 high, 2 medium), 1 suppressed, in 5 files, 7 objects; 1 file could not be
    /// fully read.` Suppressed findings are counted apart from the ones that count.
    public func summary(_ result: ScanResult) -> String {
        let counts = result.activeCountsBySeverity
        let bySeverity = Severity.allCases.reversed().compactMap { severity in
            counts[severity].map { "\($0) \(severity.rawValue)" }
        }
        let total = counts.values.reduce(0, +)
        var line = total == 0 ? "No findings" : "\(total) finding\(total == 1 ? "" : "s") (\(bySeverity.joined(separator: ", ")))"
        let suppressed = result.findings.count - total
        if suppressed > 0 { line += ", \(suppressed) suppressed," }
        let files = result.judgedFiles.count
        line += " in \(files) file\(files == 1 ? "" : "s"), \(result.objectsJudged) object\(result.objectsJudged == 1 ? "" : "s")"
        let troubled = Set(result.diagnostics.filter { $0.severity == .error }.map(\.path)).count
        if troubled > 0 { line += "; \(troubled) file\(troubled == 1 ? "" : "s") could not be fully read" }
        return line + "."
    }

    private func paint(_ severity: Severity) -> String {
        guard useColor else { return severity.rawValue }
        let code: String
        switch severity {
        case .high: code = "31"
        case .medium: code = "33"
        case .low: code = "36"
        case .info: code = "2"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
