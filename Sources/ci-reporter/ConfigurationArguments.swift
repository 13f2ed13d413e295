import CIReporter
import Foundation
import Rules

/// `--config FILE` and `--report-unused-suppressions`, and how the configuration file meets the
/// command line: every option given on the command line wins over the file.
enum ConfigurationArguments {
    static let valued: Set<String> = ["--config"]
    static let switches: Set<String> = ["--report-unused-suppressions"]

    /// The configuration of a run: `--config FILE`, else `.ci-reporter.yml` in `folder` when
    /// there is one, else the defaults; with the command line's options over it.
    static func configuration(_ options: [String: [String]], folder: String?) throws -> Configuration {
        var configuration = Configuration()
        if let path = options["--config"]?.last {
            guard !path.isEmpty else { throw Arguments.UsageError(description: "--config needs a file name") }
            configuration = try Configuration.load(path: path)
        } else if let folder, let path = Configuration.file(in: folder) {
            configuration = try Configuration.load(path: path)
        }
        try applyCommandLine(options, to: &configuration)
        return configuration
    }

    /// The folder whose `.ci-reporter.yml` `diff` reads: the repository's root, shown relative
    /// when it is the current folder.
    static func folder(of repository: Repository) -> String? {
        guard let root = repository.workingDirectory else { return nil }
        func real(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        return real(root) == real(FileManager.default.currentDirectoryPath) ? "." : root
    }

    private static func applyCommandLine(_ options: [String: [String]], to configuration: inout Configuration) throws {
        if let text = options["--fail-on"]?.last {
            guard let threshold = FailThreshold(text) else {
                throw Arguments.UsageError(description: "--fail-on takes \(FailThreshold.choices), not '\(text)'")
            }
            configuration.failOn = threshold
        }
        if let text = options["--filter"]?.last {
            guard let filter = ChangeFilter(rawValue: text) else {
                throw Arguments.UsageError(description: "--filter takes added, touched, file or all, not '\(text)'")
            }
            configuration.filter = filter
        }
        if let include = options["--include"] { configuration.include = include }
        if let exclude = options["--exclude"] { configuration.exclude = exclude }
        if options["--rule"] != nil {
            let catalog = Catalog.rules.map(\.description)
            configuration.enable = try RuleSelection.rules(options).compactMap { RuleSelector($0.description.slug, in: catalog) }
            configuration.disable = []
        }
        if let path = options["--sarif"]?.last { configuration.outputs.sarif = path }
        if let path = options["--junit"]?.last { configuration.outputs.junit = path }
        if let path = options["--markdown"]?.last { configuration.outputs.markdown = path }
        if let text = options["--markdown-limit"]?.last {
            guard let limit = Int(text), limit >= MarkdownReport.minimumLimit else {
                throw Arguments.UsageError(description: "--markdown-limit takes a number of bytes of at least \(MarkdownReport.minimumLimit), not '\(text)'")
            }
            configuration.markdownLimit = limit
        }
        if options["--report-unused-suppressions"] != nil { configuration.reportUnusedSuppressions = true }
    }

    /// The `--fail-on` threshold of the run (nil: never fail).
    static func failOn(_ configuration: Configuration) -> Severity? {
        (configuration.failOn ?? Configuration.defaultFailOn).severity
    }

    /// Gives the reports the files and Markdown limit of the configuration, where the command
    /// line named none (it was applied over the configuration already).
    static func applyOutputs(_ configuration: Configuration, to reports: inout ReportArguments) {
        let files: [(ReportOutputs.Format, String?)] = [(.sarif, configuration.outputs.sarif), (.junit, configuration.outputs.junit),
                                                        (.markdown, configuration.outputs.markdown)]
        for case let (format, path?) in files where reports.outputs.files[format] == nil {
            reports.outputs.files[format] = path
        }
        if let limit = configuration.markdownLimit { reports.outputs.markdown.limit = limit }
    }

    /// A scanner with the configuration's rules and suppressions.
    static func scanner(_ configuration: Configuration) -> CIReporter.Scanner {
        var scanner = CIReporter.Scanner(rules: configuration.selectedRules())
        scanner.suppressions = configuration.suppressionOptions
        return scanner
    }
}
