import CIReporter
import Foundation
import Rules

/// Writes to standard error without buffering, so messages and output keep their order.
/// Ends the process with `code` while `results` are still held: freeing every tree and finding
/// of a large scan, one by one, is serial work that nobody waits for.
func exit(_ code: Int32, leaving results: borrowing some Any) -> Never {
    exit(code)
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

func run(_ arguments: [String]) -> Int32 {
    guard let command = arguments.first else {
        print(Help.main)
        return 2
    }
    let rest = Array(arguments.dropFirst())
    do {
        switch command {
        case "scan": return try ScanCommand.run(rest)
        case "diff": return try DiffCommand.run(rest)
        case "rules": return try RulesCommand.run(rest)
        case "config": return try ConfigCommand.run(rest)
        case "help", "-h", "--help":
            switch rest.first {
            case "scan": print(Help.scan)
            case "diff": print(Help.diff)
            case "rules": print(Help.rules)
            case "config": print(Help.config)
            default: print(Help.main)
            }
            return 0
        case "version", "--version", "-V":
            print(ToolInfo.versionLine)
            return 0
        default:
            let commands = ["scan", "diff", "rules", "config", "help", "version"]
            let near = commands.min { editDistance($0, command) < editDistance($1, command) }!
            let hint = editDistance(near, command) <= 2 ? " Did you mean '\(near)'?" : ""
            printError("ci-reporter: unknown command '\(command)'.\(hint) Run 'ci-reporter help' for usage.")
            return 2
        }
    } catch let error as GitError {
        printError("ci-reporter \(command): \(error)")
        return 2
    } catch let error as ConfigurationError {
        // Each problem on a line of its own, file:line:column first, as editors link them.
        for diagnostic in error.diagnostics { printError(diagnostic.description) }
        let count = error.diagnostics.count
        printError("ci-reporter \(command): the configuration has \(count) problem\(count == 1 ? "" : "s"); nothing was judged.")
        return 2
    } catch let error as Arguments.UsageError {
        printError("ci-reporter \(command): \(error). Run 'ci-reporter help \(command)' for usage.")
        return 2
    } catch {
        printError("ci-reporter \(command): \(error)")
        return 2
    }
}

exit(run(Array(CommandLine.arguments.dropFirst())))
