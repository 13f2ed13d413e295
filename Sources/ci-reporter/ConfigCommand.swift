import CIReporter
import Foundation
import Rules

/// `ci-reporter config --print`: the configuration a run would use, file and command line
/// together, written as a configuration file.
enum ConfigCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        var parser = Arguments(arguments)
        let options = try parser.parse(
            valued: ConfigurationArguments.valued.union(["--repo", "--fail-on", "--filter", "--include", "--exclude", "--rule",
                                                         "--sarif", "--junit", "--markdown", "--markdown-limit"]),
            switches: ConfigurationArguments.switches.union(["--print", "--help", "-h"])
        )
        if options["--help"] != nil || options["-h"] != nil {
            print(Help.config)
            return 0
        }
        guard options["--print"] != nil else {
            throw Arguments.UsageError(description: "config takes --print, to show the configuration a run would use")
        }
        guard parser.positionals.isEmpty else {
            throw Arguments.UsageError(description: "config takes no path")
        }
        // As `diff` with --repo (the repository's root), as `scan` without (the current folder).
        let folder = try options["--repo"]?.last.map { ConfigurationArguments.folder(of: try Repository(discoveringFrom: $0)) } ?? "."
        let configuration = try ConfigurationArguments.configuration(options, folder: folder)
        print(configuration.printed(), terminator: "")
        return 0
    }
}
