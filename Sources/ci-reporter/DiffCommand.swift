import CIReporter
import Foundation
import Rules

enum DiffCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        var parser = Arguments(arguments)
        let options = try parser.parse(
            valued: ReportArguments.valued.union(ConfigurationArguments.valued).union(JobsArgument.valued)
                .union(["--base", "--head", "--filter", "--include", "--exclude", "--repo", "--fail-on", "--rule"]),
            switches: ReportArguments.switches.union(ConfigurationArguments.switches)
                .union(["--help", "-h", "--worktree", "--staged", "--baseline", "--no-baseline", "--fail-on-existing"])
        )
        if options["--help"] != nil || options["-h"] != nil {
            print(Help.diff)
            return 0
        }
        let repository = try Repository(discoveringFrom: options["--repo"]?.last ?? ".")
        let configuration = try ConfigurationArguments.configuration(options, folder: ConfigurationArguments.folder(of: repository))
        let failOn = ConfigurationArguments.failOn(configuration)
        let countingExisting = options["--fail-on-existing"] != nil
        var reports = try ReportArguments(options, failOn: failOn, countingExisting: countingExisting)
        ConfigurationArguments.applyOutputs(configuration, to: &reports)
        var changeOptions = ChangeScanner.Options()
        changeOptions.filter = configuration.filter ?? Configuration.defaultFilter
        changeOptions.baseline = options["--no-baseline"] == nil
        changeOptions.paths = configuration.pathFilter

        let target = try self.target(options, positionals: parser.positionals, repository: repository)
        var scanner = ConfigurationArguments.scanner(configuration)
        if let jobs = try JobsArgument.jobs(options) { scanner.jobs = jobs }
        reports.outputs.jobs = scanner.jobs
        let outcome = try ChangeScanner(scanner: scanner, options: changeOptions).run(target, in: repository, progress: reports.progress)
        let result = outcome.result
        try reports.emit(result, sourceRoot: outcome.plan.repositoryRoot)
        if !reports.quiet { printError("ci-reporter: \(outcome.summary)") }
        exit(result.hasFinding(atLeast: failOn, countingExisting: countingExisting) ? 1 : 0, leaving: outcome)
    }

    /// The comparison asked for: `--worktree`, `--staged`, a `B..H` / `B...H` range, `--base`
    /// (with `--head`, default HEAD), or else what the CI environment says.
    static func target(_ options: [String: [String]], positionals: [String], repository: Repository) throws -> ChangeTarget {
        let modes = [options["--worktree"] != nil, options["--staged"] != nil, options["--base"] != nil, !positionals.isEmpty]
        guard modes.filter({ $0 }).count <= 1 else {
            throw Arguments.UsageError(description: "give one of --worktree, --staged, --base or a RANGE")
        }
        if options["--worktree"] != nil { return .workingTree }
        if options["--staged"] != nil { return .staged }
        if let range = positionals.first {
            guard positionals.count == 1 else { throw Arguments.UsageError(description: "diff takes one RANGE, not \(positionals.count)") }
            return try parseRange(range)
        }
        if let base = options["--base"]?.last {
            return .range(base: base, head: options["--head"]?.last ?? "HEAD", fromMergeBase: true)
        }
        let detected = try RangeDetection.detect(environment: ProcessInfo.processInfo.environment, repository: repository)
        printError("ci-reporter: \(detected.reason)")
        return detected.target
    }

    /// `B...H` compares H with the merge base of B and H; `B..H` compares H with B. An empty side
    /// is HEAD.
    static func parseRange(_ text: String) throws -> ChangeTarget {
        for (separator, fromMergeBase) in [("...", true), ("..", false)] {
            if let found = text.range(of: separator) {
                let base = String(text[..<found.lowerBound]), head = String(text[found.upperBound...])
                return .range(base: base.isEmpty ? "HEAD" : base, head: head.isEmpty ? "HEAD" : head, fromMergeBase: fromMergeBase)
            }
        }
        throw Arguments.UsageError(description: "'\(text)' is not a range: write BASE...HEAD or BASE..HEAD, or use --base")
    }
}
