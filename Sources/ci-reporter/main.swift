import CIReporter
import Foundation
import Rules

/// Writes to standard error without buffering, so messages and output keep their order.
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
        case "help", "-h", "--help":
            switch rest.first {
            case "scan": print(Help.scan)
            case "diff": print(Help.diff)
            case "rules": print(Help.rules)
            default: print(Help.main)
            }
            return 0
        case "version", "--version", "-V":
            print(ToolInfo.versionLine)
            return 0
        default:
            let commands = ["scan", "diff", "rules", "help", "version"]
            let near = commands.min { editDistance($0, command) < editDistance($1, command) }!
            let hint = editDistance(near, command) <= 2 ? " Did you mean '\(near)'?" : ""
            printError("ci-reporter: unknown command '\(command)'.\(hint) Run 'ci-reporter help' for usage.")
            return 2
        }
    } catch let error as GitError {
        printError("ci-reporter \(command): \(error)")
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
