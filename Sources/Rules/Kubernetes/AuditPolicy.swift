import YAML

/// How much of a request the API server writes to its audit log, from nothing to the request
/// and response bodies.
public enum AuditLevel: String, Sendable, Comparable {
    case none = "None"
    case metadata = "Metadata"
    case request = "Request"
    case requestResponse = "RequestResponse"

    private var rank: Int {
        switch self {
        case .none: 0
        case .metadata: 1
        case .request: 2
        case .requestResponse: 3
        }
    }

    public static func < (a: AuditLevel, b: AuditLevel) -> Bool { a.rank < b.rank }
}

/// A kind of request the audit log should cover: a resource, or a subresource such as
/// `pods/exec`, in its API group.
public struct AuditedResource: Sendable, Hashable, CustomStringConvertible {
    public let group: String
    /// `pods`, or `pods/exec` for a subresource.
    public let resource: String

    public init(_ resource: String, group: String = "") {
        self.group = group
        self.resource = resource
    }

    public var description: String { resource }

    var parts: (resource: Substring, subresource: Substring?) {
        let split = resource.split(separator: "/", maxSplits: 1)
        return (split[0], split.count > 1 ? split[1] : nil)
    }
}

/// One rule of an audit `Policy`: the level for the requests it matches. The API server uses
/// the first rule that matches a request.
public struct AuditRule: Sendable {
    public let node: Node
    /// 0-based position in `rules`.
    public let index: Int

    public var levelText: String { node["level"]?.scalar ?? "" }
    public var level: AuditLevel? { AuditLevel(rawValue: levelText) }

    /// Whether the rule matches only some requests for what it names: some users or groups,
    /// verbs or namespaces.
    var isLimitedToSomeRequests: Bool {
        ["users", "userGroups", "verbs", "namespaces"].contains { !(node[$0]?.items.isEmpty ?? true) }
    }

    /// How the rule matches the requests for `audited`: not at all, for some of them, or for
    /// every one. A `resources` entry matches the resource by name (`pods/exec`), by `*`,
    /// `*/exec` or `pods/*`, or, when it lists none, every resource of its group; a rule without
    /// `resources` and `nonResourceURLs` matches every request.
    public func matches(_ audited: AuditedResource) -> AuditMatch {
        let limited = isLimitedToSomeRequests
        guard let groups = node["resources"], !groups.items.isEmpty else {
            if let urls = node["nonResourceURLs"], !urls.items.isEmpty { return .no }
            return limited ? .some : .every
        }
        var best = AuditMatch.no
        for entry in groups.items {
            let group = entry["group"]?.scalar ?? ""
            let names = (entry["resources"]?.items ?? []).compactMap(\.scalar)
            let matched: Bool
            if names.isEmpty {
                matched = group == audited.group
            } else {
                // A resource named in the core group is taken for its own group as well: a
                // policy listing `deployments` under `group: ""` means them, and is read so.
                guard group == audited.group || group.isEmpty else { continue }
                let (resource, subresource) = audited.parts
                matched = names.contains { name in
                    name == audited.resource || name == "*"
                        || (subresource.map { name == "*/\($0)" } ?? false)
                        || (subresource != nil && name == "\(resource)/*")
                }
            }
            guard matched else { continue }
            let someNames = !(entry["resourceNames"]?.items.isEmpty ?? true)
            let match: AuditMatch = limited || someNames ? .some : .every
            if match == .every { return .every }
            best = match
        }
        return best
    }
}

public enum AuditMatch: Sendable { case no, some, every }

/// An audit `Policy` file (`audit.k8s.io`), as the API server's `--audit-policy-file` reads it.
public struct AuditPolicy: Sendable {
    public let object: KubernetesObject

    /// The `rules` key, or the `kind` key when there is none: where a finding about what the
    /// rules leave out points.
    public var rulesLocation: Node { object.node.entry("rules")?.key ?? object.node.entry("kind")?.key ?? object.node }

    public var rules: [AuditRule] {
        (object.node["rules"]?.items ?? []).enumerated().filter { $0.element.kind == .mapping }.map {
            AuditRule(node: $0.element, index: $0.offset)
        }
    }

    /// What the policy logs for `audited`: the first rule that matches every such request, and
    /// the rules before it that match only some of them.
    public func coverage(of audited: AuditedResource) -> AuditCoverage {
        var narrower: [AuditRule] = []
        for rule in rules {
            switch rule.matches(audited) {
            case .every: return AuditCoverage(rule: rule, narrower: narrower)
            case .some: narrower.append(rule)
            case .no: continue
            }
        }
        return AuditCoverage(rule: nil, narrower: narrower)
    }
}

/// What an audit policy logs for one resource.
public struct AuditCoverage: Sendable {
    /// The first rule that matches every request; nil when none does, and requests no rule
    /// matches are not logged.
    public let rule: AuditRule?
    /// Earlier rules that match some of the requests.
    public let narrower: [AuditRule]

    /// The level of most requests: that of `rule`, `None` when there is none.
    public var level: AuditLevel? {
        guard let rule else { return AuditLevel.none }
        return rule.level
    }

    /// The most any request is logged with, narrower rules included.
    public var highestLevel: AuditLevel? {
        ([level] + narrower.map(\.level)).compactMap { $0 }.max()
    }
}

extension KubernetesObject {
    /// The object as an audit policy file, when it is one.
    public var auditPolicy: AuditPolicy? {
        kind == "Policy" && apiGroup == "audit.k8s.io" ? AuditPolicy(object: self) : nil
    }
}
