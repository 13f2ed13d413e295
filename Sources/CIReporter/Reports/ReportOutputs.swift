import Foundation
import Rules

/// Which reports one run writes, and where: any of SARIF, JUnit and Markdown to files, and one
/// format on standard output.
public struct ReportOutputs: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, sarif, junit, markdown
    }

    /// Files to write, by format; each is written to a temporary name and renamed.
    public var files: [Format: String] = [:]
    public var standardOutput: Format = .text
    public var sarif = SARIFReport.Options()
    public var markdown = MarkdownReport.Options()
    public var useColor = false
    /// How many threads the text report may use (its lines are the same whatever the number).
    public var jobs = 1

    public init() {}

    public func render(_ format: Format, _ result: ScanResult) throws -> [UInt8] {
        switch format {
        case .text: return TextReport(useColor: useColor, jobs: jobs).renderBytes(result)
        case .sarif: return try SARIFReport(options: sarif).render(result)
        case .junit: return JUnitReport().render(result)
        case .markdown: return MarkdownReport(options: markdown).render(result)
        }
    }

    /// Writes every requested file. One that cannot be written does not keep the others from
    /// being written; the first such failure is thrown after all were tried.
    /// Returns the paths written, in format order.
    @discardableResult
    public func writeFiles(_ result: ScanResult) throws -> [String] {
        var written: [String] = []
        var failure: Error?
        for format in Format.allCases {
            guard let path = files[format] else { continue }
            do {
                try AtomicFile.write(try render(format, result), to: path)
                written.append(path)
            } catch {
                failure = failure ?? ReportWriteError(path: path, underlying: error)
            }
        }
        if let failure { throw failure }
        return written
    }
}

public struct ReportWriteError: Error, CustomStringConvertible {
    public let path: String
    public let underlying: Error

    public var description: String {
        let reason = (underlying as NSError).localizedDescription
        return "cannot write \(path): \(reason)"
    }
}
