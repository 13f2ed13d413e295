import Foundation
import Testing

/// The package's folders, found from this file.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let samples = root.appendingPathComponent("samples")
    static let validator = shared.appendingPathComponent("tools/validate-reports.py")
    static let conformance = shared.appendingPathComponent("conformance/kics-k8s")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: validator.path) }
    static let sharedAbsent: Comment = "../shared is absent: schema validation and KICS fixtures are not checked"
}

struct ProcessOutput {
    let status: Int32
    let stdout: String
    let stderr: String
    /// Peak resident memory of the process, in bytes.
    let peakMemory: Int
}

/// Runs a program to its end, with its output captured.
func runProcess(_ executable: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes while the process runs, so neither can fill up and block it.
    nonisolated(unsafe) var errData = Data()
    let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
    errReader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errReader.isFinished { usleep(1000) }
    return ProcessOutput(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self), peakMemory: PeakMemory.ofChildren())
}

enum PeakMemory {
    /// The largest resident size any finished child of this process reached.
    static func ofChildren() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}

/// The peak resident memory of one run of `ci-reporter`, as `/usr/bin/time` reads it; nil when
/// it is not installed. (`ProcessOutput.peakMemory` is the largest of every child this test
/// process has waited for, other tests' included, so it can only bound from above.)
func ciReporterPeakMemory(_ arguments: [String], in folder: URL? = nil) throws -> Int? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
    let binary = PackagePaths.root.appendingPathComponent(".build/debug/ci-reporter").path
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("ci-reporter-time-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: report) }
    _ = try runProcess("/usr/bin/time", ["-f", "%M", "-o", report.path, binary] + arguments, in: folder)
    let text = try String(contentsOf: report, encoding: .utf8)
    guard let kilobytes = text.split(separator: "\n").last.flatMap({ Int($0) }) else { return nil }
    return kilobytes * 1024
}

/// The `ci-reporter` executable `swift build` made.
func ciReporter(_ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil) throws -> ProcessOutput {
    let binary = PackagePaths.root.appendingPathComponent(".build/debug/ci-reporter").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        throw TestFailure("\(binary) is missing: run `swift build` (make test does) before the tests")
    }
    return try runProcess(binary, arguments, in: folder, environment: environment)
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Validates a report with ../shared/tools/validate-reports.py; returns what it printed.
func validateReport(_ kind: String, _ file: URL) throws -> ProcessOutput {
    try runProcess("/usr/bin/env", ["python3", PackagePaths.validator.path, kind, file.path])
}

/// A fresh temporary folder, removed when the test's scope ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ci-reporter-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }
}
