/// How much a finding matters, as KICS and Datadog grade it.
public enum Severity: String, CaseIterable, Comparable, Sendable, Codable {
    case info, low, medium, high

    private var rank: Int {
        switch self {
        case .info: return 0
        case .low: return 1
        case .medium: return 2
        case .high: return 3
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    /// Reads `HIGH`, `High` or `high`.
    public init?(caseInsensitive text: String) {
        self.init(rawValue: text.lowercased())
    }
}
