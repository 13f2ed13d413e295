/// Something the loader or the scanner has to tell about an input it could not fully judge.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var path: String
    public var position: Position?
    public var message: String

    public init(_ severity: Severity, path: String, at position: Position? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.position = position
        self.message = message
    }

    /// `file:line:column: error: message`, the form compilers use and editors link.
    public var description: String {
        let place = position.map { "\(path):\($0)" } ?? path
        return "\(place): \(severity.rawValue): \(message)"
    }
}
