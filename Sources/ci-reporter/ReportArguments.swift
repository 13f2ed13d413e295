import CIReporter
import Foundation
import Rules

/// The report options `scan` and `diff` share, and what is done with a result: files written,
/// one format on standard output, diagnostics and a progress line on standard error.
struct ReportArguments {
    static let valued: Set<String> = ["--sarif", "--junit", "--markdown", "--markdown-limit", "--format", "--category"]
    static let switches: Set<String> = ["--no-color", "--quiet", "-q"]

    var outputs = ReportOutputs()
    let quiet: Bool

    init(_ options: [String: [String]], failOn: Severity?, countingExisting: Bool = false) throws {
        let environment = ProcessInfo.processInfo.environment
        quiet = options["--quiet"] != nil || options["-q"] != nil
        if let format = options["--format"]?.last {
            guard let value = ReportOutputs.Format(rawValue: format) else {
                throw Arguments.UsageError(description: "--format takes text, sarif, junit or markdown, not '\(format)'")
            }
            outputs.standardOutput = value
        }
        for (option, format) in [("--sarif", ReportOutputs.Format.sarif), ("--junit", .junit), ("--markdown", .markdown)] {
            if let path = options[option]?.last {
                guard !path.isEmpty else { throw Arguments.UsageError(description: "\(option) needs a file name") }
                outputs.files[format] = path
            }
        }
        if let limit = options["--markdown-limit"]?.last {
            guard let value = Int(limit), value >= MarkdownReport.minimumLimit else {
                throw Arguments.UsageError(description: "--markdown-limit takes a number of bytes of at least \(MarkdownReport.minimumLimit), not '\(limit)'")
            }
            outputs.markdown.limit = value
        }
        outputs.markdown.failOn = failOn
        outputs.markdown.countingExisting = countingExisting
        outputs.sarif.category = options["--category"]?.last ?? outputs.sarif.category
        outputs.useColor = options["--no-color"] == nil && environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }

    /// A progress line on a terminal, while many files are judged; never in CI logs, when
    /// standard error is not a terminal, or with --quiet.
    var progress: ScanProgress? {
        let environment = ProcessInfo.processInfo.environment
        guard !quiet, isatty(STDERR_FILENO) != 0, environment["CI"] == nil else { return nil }
        return ProgressLine.shared.update
    }

    /// Prints the diagnostics, writes the files, prints the chosen format on standard output.
    func emit(_ result: ScanResult, sourceRoot: String?) throws {
        ProgressLine.shared.clear()
        for diagnostic in result.diagnostics {
            printError(diagnostic.description)
        }
        var outputs = self.outputs
        outputs.sarif.sourceRoot = sourceRoot
        try outputs.writeFiles(result)
        // Written as it is: a copy into Data would double what a large report holds in memory.
        try FileHandle.standardOutput.write(contentsOf: try outputs.render(outputs.standardOutput, result))
    }
}

/// `read 1200 of 5000 files`, rewritten in place on standard error at most ten times a second.
final class ProgressLine: @unchecked Sendable {
    static let shared = ProgressLine()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var shown = false
    /// Fewer files than this finish before a progress line would help.
    private let minimumFiles = 200

    func update(_ done: Int, _ total: Int) {
        guard total >= minimumFiles else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[Kread \(done) of \(total) files".utf8))
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
