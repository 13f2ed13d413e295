import CIReporter
import Foundation
import Rules

enum ScanCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        var parser = Arguments(arguments)
        let options = try parser.parse(valued: ReportArguments.valued.union(ConfigurationArguments.valued).union(JobsArgument.valued)
                                           .union(["--fail-on", "--rule"]),
                                       switches: ReportArguments.switches.union(ConfigurationArguments.switches).union(["--help", "-h"]))
        if options["--help"] != nil || options["-h"] != nil {
            print(Help.scan)
            return 0
        }
        let configuration = try ConfigurationArguments.configuration(options, folder: ".")
        let failOn = ConfigurationArguments.failOn(configuration)
        var reports = try ReportArguments(options, failOn: failOn)
        ConfigurationArguments.applyOutputs(configuration, to: &reports)

        let paths = parser.positionals.isEmpty ? ["."] : parser.positionals
        var scanner = ConfigurationArguments.scanner(configuration)
        if let jobs = try JobsArgument.jobs(options) { scanner.jobs = jobs }
        reports.outputs.jobs = scanner.jobs
        var scan = PathScan(scanner: scanner)
        scan.paths = configuration.pathFilter
        let outcome = scan.run(paths, progress: reports.progress)
        let result = outcome.result
        try reports.emit(result, sourceRoot: outcome.sourceRoot)

        exit(result.hadUnreadableInput ? 2 : result.hasFinding(atLeast: failOn) ? 1 : 0, leaving: outcome)
    }
}
