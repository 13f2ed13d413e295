import YAML

/// One thing a rule found: where it points, what it is about, and what identifies it across
/// versions of a file.
public struct Finding: Sendable {
    public var rule: RuleDescription { facts.rule }
    public var severity: Severity
    /// The first sentence stands on its own.
    public var message: String { facts.message }
    /// Repository-relative (or as given on the command line) path of the file.
    public var path: String { facts.path }
    /// The key or value at fault, or the key under which something is missing.
    public var location: SourceSpan { facts.location }
    /// The span the finding is about: the container, the pod spec or the object.
    public var scope: SourceSpan { facts.scope }
    public var object: ObjectIdentity { facts.object }
    public var container: String? { facts.container }
    /// Where the location sits in the object, as `spec.containers[name=app].command`.
    public var keyPath: String { facts.keyPath }
    /// Set when a baseline ran: whether the change brought this finding in.
    public var baselineState: BaselineState?
    /// Set when an in-source comment or the configuration silences this finding.
    public var suppression: Suppression?

    /// What a finding says never changes once found; only its severity, baseline state and
    /// suppression are settled later. Findings are copied many times (merged, sorted, grouped
    /// by each report): one shared box makes a copy one retain instead of one per string.
    private let facts: Facts

    private final class Facts: Sendable {
        let rule: RuleDescription
        let message: String
        let path: String
        let location: SourceSpan
        let scope: SourceSpan
        let object: ObjectIdentity
        let container: String?
        let keyPath: String

        init(rule: RuleDescription, message: String, path: String, location: SourceSpan, scope: SourceSpan,
             object: ObjectIdentity, container: String?, keyPath: String) {
            self.rule = rule
            self.message = message
            self.path = path
            self.location = location
            self.scope = scope
            self.object = object
            self.container = container
            self.keyPath = keyPath
        }
    }

    public init(rule: RuleDescription, message: String, path: String, location: SourceSpan, scope: SourceSpan,
                object: ObjectIdentity, container: String?, keyPath: String) {
        facts = Facts(rule: rule, message: message, path: path, location: location, scope: scope, object: object,
                      container: container, keyPath: keyPath)
        severity = rule.severity
    }

    /// What stays the same when lines move: rule, file, object, container, the finding's place in
    /// the object without list indexes (a flag moving within `args` is the same finding), and
    /// the message, which names the value at fault.
    public var logicalFingerprint: String {
        let place = Self.withoutListIndexes(keyPath)
        let parts = [rule.slug, path, object.kind, object.namespace ?? "", object.name, container ?? "", place, message]
        return StableHash.hex(parts.joined(separator: "\u{1F}"))
    }

    /// `findings` in report order, equal ones as they came. The order is worked out on indexes
    /// and each finding copied once: sorting the findings themselves moves them (and retains
    /// their strings) at every step.
    public static func inReportOrder(_ findings: [Finding]) -> [Finding] {
        let order = findings.indices.sorted { a, b in
            if reportOrder(findings[a], findings[b]) { return true }
            return !reportOrder(findings[b], findings[a]) && a < b
        }
        return order.map { findings[$0] }
    }

    /// `spec.containers[0].args[12]` as `spec.containers[].args[]`: each `[digits]` emptied.
    /// (A loop, not a regular expression: this runs for every finding of a baseline.)
    static func withoutListIndexes(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "[") {
                var end = index + 1
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
                if end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: "]") {
                    out += [UInt8(ascii: "["), UInt8(ascii: "]")]
                    index = end + 1
                    continue
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The order of every report: file, line, column, rule, then message.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        // Field by field rather than as tuples, which copy (and retain) every string each time.
        if a.path != b.path { return a.path < b.path }
        if a.location.start.line != b.location.start.line { return a.location.start.line < b.location.start.line }
        if a.location.start.column != b.location.start.column { return a.location.start.column < b.location.start.column }
        if a.rule.slug != b.rule.slug { return a.rule.slug < b.rule.slug }
        return a.message < b.message
    }
}

/// How a finding relates to the base version of its file, when a baseline ran.
public enum BaselineState: String, Sendable, Codable {
    /// Not in the base version: the change brought it in.
    case new
    /// In the base version too.
    case unchanged
    /// In the base version only: the change fixed it.
    case absent
}

/// Why a finding is silenced. A suppressed finding stays in the reports, marked, and never fails
/// the build.
public struct Suppression: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A comment in the manifest (`# kics-scan ignore-line`, `# ci-reporter:ignore …`).
        case inSource
        /// The configuration file.
        case external
    }

    public var kind: Kind
    public var justification: String?

    public init(kind: Kind, justification: String?) {
        self.kind = kind
        self.justification = justification
    }
}

/// FNV-1a, 64 bits: a hash that is the same in every run and on every machine, which Swift's
/// `Hasher` is not.
public enum StableHash {
    public static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
