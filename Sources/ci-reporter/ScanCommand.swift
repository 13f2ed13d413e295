import CIReporter
import Foundation
import Rules

enum ScanCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        var parser = Arguments(arguments)
        let options = try parser.parse(
            valued: ["--sarif", "--format", "--fail-on", "--category"],
            switches: ["--help", "-h", "--no-color"]
        )
        if options["--help"] != nil || options["-h"] != nil {
            print(Help.scan)
            return 0
        }
        let format = options["--format"]?.last ?? "text"
        guard ["text", "sarif"].contains(format) else {
            throw Arguments.UsageError(description: "--format takes text or sarif, not '\(format)'")
        }
        let failOn = try threshold(options["--fail-on"]?.last ?? "info")

        let paths = parser.positionals.isEmpty ? ["."] : parser.positionals
        let discovered = FileDiscovery.discover(paths)
        let result = Scanner().scan(discovered.files, diagnostics: discovered.diagnostics,
                                    hadUnreadableInput: discovered.hadUnreadableInput)

        for diagnostic in result.diagnostics {
            printError(diagnostic.description)
        }
        var sarifOptions = SARIFReport.Options()
        sarifOptions.category = options["--category"]?.last ?? sarifOptions.category
        sarifOptions.sourceRoot = FileManager.default.currentDirectoryPath
        let sarif = SARIFReport(options: sarifOptions)
        if let path = options["--sarif"]?.last {
            try AtomicFile.write(try sarif.render(result), to: path)
        }
        switch format {
        case "sarif":
            FileHandle.standardOutput.write(Data(try sarif.render(result)))
        default:
            let color = options["--no-color"] == nil && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                && isatty(STDOUT_FILENO) != 0
            print(TextReport(useColor: color).render(result), terminator: "")
        }

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
