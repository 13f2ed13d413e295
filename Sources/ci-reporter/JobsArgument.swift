import CIReporter
import Foundation

/// `--jobs N`: how many files `scan` and `diff` load and judge at once.
enum JobsArgument {
    static let valued: Set<String> = ["--jobs", "-j"]

    /// The number given, or the number of active cores when none was.
    static func jobs(_ options: [String: [String]]) throws -> Int {
        guard let text = options["--jobs"]?.last ?? options["-j"]?.last else {
            return max(1, ProcessInfo.processInfo.activeProcessorCount)
        }
        guard let jobs = Int(text), jobs >= 1 else {
            throw Arguments.UsageError(description: "--jobs takes a number of at least 1, not '\(text)'")
        }
        return jobs
    }
}
