import CLibGit2

/// A git problem, in libgit2's words, with what to do about it when we know.
public struct GitError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public let hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        hint.map { "\(message)\nhint: \($0)" } ?? message
    }

    /// The error libgit2 recorded for the call that just failed.
    static func last(_ code: Int32, while doing: String) -> GitError {
        let detail = git_error_last().flatMap { $0.pointee.message }.map { String(cString: $0) } ?? "error \(code)"
        return GitError("\(doing): \(detail)")
    }
}

/// Throws libgit2's error when a call returned a negative code.
@discardableResult
func check(_ code: Int32, _ doing: @autoclosure () -> String) throws -> Int32 {
    if code < 0 { throw GitError.last(code, while: doing()) }
    return code
}
