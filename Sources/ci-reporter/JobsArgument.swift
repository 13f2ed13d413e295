/// `--jobs N`: how many files `scan` and `diff` read, load and judge at once.
enum JobsArgument {
    static let valued: Set<String> = ["--jobs", "-j"]

    /// The number given; nil when none was, and the scanner's default (the active cores) holds.
    static func jobs(_ options: [String: [String]]) throws -> Int? {
        guard let text = options["--jobs"]?.last ?? options["-j"]?.last else { return nil }
        guard let jobs = Int(text), jobs >= 1 else {
            throw Arguments.UsageError(description: "--jobs takes a number of at least 1, not '\(text)'")
        }
        return jobs
    }
}
