import CIReporter
import Foundation
import Rules

enum ScanCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        var parser = Arguments(arguments)
        let options = try parser.parse(valued: ReportArguments.valued.union(["--fail-on", "--rule"]),
                                       switches: ReportArguments.switches.union(["--help", "-h"]))
        if options["--help"] != nil || options["-h"] != nil {
            print(Help.scan)
            return 0
        }
        let failOn = try threshold(options["--fail-on"]?.last ?? "info")
        let reports = try ReportArguments(options, failOn: failOn)

        let paths = parser.positionals.isEmpty ? ["."] : parser.positionals
        let scanner = Scanner(rules: try RuleSelection.rules(options))
        let outcome = PathScan(scanner: scanner).run(paths, progress: reports.progress)
        let result = outcome.result
        try reports.emit(result, sourceRoot: outcome.sourceRoot)

        if result.hadUnreadableInput { return 2 }
        return result.hasFinding(atLeast: failOn) ? 1 : 0
    }

    /// `--fail-on`: a severity, or `none` (nil) to never fail on findings.
    static func threshold(_ text: String) throws -> Severity? {
        if text.lowercased() == "none" { return nil }
        guard let severity = Severity(caseInsensitive: text) else {
            throw Arguments.UsageError(description: "--fail-on takes high, medium, low, info or none, not '\(text)'")
        }
        return severity
    }
}
