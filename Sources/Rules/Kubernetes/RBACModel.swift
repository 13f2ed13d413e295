import YAML

/// The API group of Roles, ClusterRoles and their bindings.
let rbacGroup = "rbac.authorization.k8s.io"

/// One list of strings in a policy rule (`apiGroups`, `resources`, `verbs`, `resourceNames`),
/// with the key and items it was written in.
public struct PolicyRuleList: Sendable {
    /// The list's key; nil when the rule leaves the list out.
    public let key: Node?
    /// The scalar items, in file order.
    public let items: [Node]

    init(_ entry: (key: Node, value: Node)?) {
        key = entry?.key
        items = entry?.value.items.filter { $0.scalar != nil } ?? []
    }

    public var values: [String] { items.compactMap(\.scalar) }
    public var isEmpty: Bool { items.isEmpty }

    /// The first item that is exactly `value`; RBAC compares case-sensitively.
    public func item(_ value: String) -> Node? {
        items.first { $0.scalar == value }
    }

    /// The `*` item, which stands for every value.
    public var wildcard: Node? { item("*") }

    /// The list as written, for messages: `[get, list, "*"]`.
    public var written: String {
        "[" + values.map { $0.isEmpty || $0 == "*" ? "\"\($0)\"" : $0 }.joined(separator: ", ") + "]"
    }
}

/// One item of a Role's or ClusterRole's `rules`: which verbs it allows on which resources of
/// which API groups. Its questions follow the API server's authorizer, so `*` stands for every
/// group, resource or verb, `pods/*` for every subresource of pods and `*/scale` for that
/// subresource of every resource; nothing else is a pattern (`c*e` is a verb of its own).
public struct PolicyRule: Sendable {
    public let object: KubernetesObject
    /// The rule's mapping: the scope of a finding about it.
    public let node: Node
    /// 0-based position in `rules`.
    public let index: Int
    public let apiGroups: PolicyRuleList
    public let resources: PolicyRuleList
    public let verbs: PolicyRuleList
    public let resourceNames: PolicyRuleList

    init(object: KubernetesObject, node: Node, index: Int) {
        self.object = object
        self.node = node
        self.index = index
        apiGroups = PolicyRuleList(node.entry("apiGroups"))
        resources = PolicyRuleList(node.entry("resources"))
        verbs = PolicyRuleList(node.entry("verbs"))
        resourceNames = PolicyRuleList(node.entry("resourceNames"))
    }

    /// The verb item that allows `verb`: itself or `*`.
    public func verbItem(granting verb: String) -> Node? {
        verbs.item(verb) ?? verbs.wildcard
    }

    /// The group item that covers `group` (`""` is the core group): itself or `*`.
    public func groupItem(covering group: String) -> Node? {
        apiGroups.item(group) ?? apiGroups.wildcard
    }

    /// The resource item that covers `resource`, which may name a subresource (`pods/exec`):
    /// the resource itself, `*`, `pods/*` or `*/exec`.
    public func resourceItem(covering resource: String) -> Node? {
        let parts = resource.split(separator: "/", maxSplits: 1).map(String.init)
        return resources.items.first { item in
            guard let written = item.scalar else { return false }
            if written == "*" || written == resource { return true }
            guard parts.count == 2 else { return false }
            return written == "\(parts[0])/*" || written == "*/\(parts[1])"
        }
    }

    /// Whether the rule allows `verb` on `resource` (a subresource too, as `pods/exec`) of
    /// `group`. A rule with `resourceNames` never allows `create`: a create request carries no
    /// name for the list to match.
    public func grants(_ verb: String, on resource: String, inGroup group: String = "") -> Bool {
        grantedVerb(verb, on: resource, inGroup: group) != nil
    }

    /// The verb item through which the rule allows `verb` on `resource` of `group`, or nil.
    public func grantedVerb(_ verb: String, on resource: String, inGroup group: String = "") -> Node? {
        guard groupItem(covering: group) != nil, resourceItem(covering: resource) != nil else { return nil }
        if verb == "create" && !resourceNames.isEmpty { return nil }
        return verbItem(granting: verb)
    }

    /// The verbs of `candidates` the rule allows on `resource` of `group`, in the order given.
    public func grantedVerbs(_ candidates: [String], on resource: String, inGroup group: String = "") -> [String] {
        candidates.filter { grants($0, on: resource, inGroup: group) }
    }

    /// Where a finding about what the rule allows points: the `verbs` key (where KICS points),
    /// or the rule itself when it has none.
    public var verbsLocation: Node { verbs.key ?? node }

    /// The rule as written, for messages: `rules[0] (apiGroups [""], resources [pods], verbs [create])`.
    public var written: String {
        var parts = ["apiGroups \(apiGroups.written)", "resources \(resources.written)", "verbs \(verbs.written)"]
        if !resourceNames.isEmpty { parts.append("resourceNames \(resourceNames.written)") }
        return "rules[\(index)] (\(parts.joined(separator: ", ")))"
    }
}

/// A RoleBinding's or ClusterRoleBinding's `roleRef`: the role whose rules it hands out.
public struct RoleReference: Sendable {
    public let node: Node
    /// `Role` or `ClusterRole`.
    public let kind: String?
    public let name: String?
    /// The `name` value, where a finding about the bound role points.
    public let nameNode: Node?

    /// Whether this names the ClusterRole `name`.
    public func isClusterRole(_ name: String) -> Bool {
        kind == "ClusterRole" && self.name == name
    }
}

/// One of a binding's `subjects`: a user, a group or a service account.
public struct RoleSubject: Sendable {
    public let node: Node
    /// `User`, `Group` or `ServiceAccount`.
    public let kind: String?
    public let name: String?
    /// The `name` value, where a finding about the subject points.
    public let nameNode: Node?
    /// A service account's namespace as written; the binding's namespace applies when left out.
    public let namespace: String?
}

/// A RoleBinding or ClusterRoleBinding: who (`subjects`) gets the rules of which role (`roleRef`).
public struct RoleBinding: Sendable {
    public let object: KubernetesObject
    public let roleRef: RoleReference?
    public let subjects: [RoleSubject]

    /// Whether the binding is cluster-wide (a ClusterRoleBinding) rather than for its namespace.
    public var isClusterWide: Bool { object.kind == "ClusterRoleBinding" }

    /// The service account subjects named `name`.
    public func serviceAccounts(named name: String) -> [RoleSubject] {
        subjects.filter { $0.kind == "ServiceAccount" && $0.name == name }
    }

    /// The namespace a service account subject lives in: its own, or else the binding's.
    public func namespace(of subject: RoleSubject) -> String? {
        subject.namespace ?? object.namespace
    }
}

extension KubernetesObject {
    /// Whether this is an object of the RBAC API group, whatever its version.
    var isRBAC: Bool {
        apiVersion?.hasPrefix("\(rbacGroup)/") ?? false
    }

    /// Whether this is a Role or ClusterRole.
    public var isRole: Bool {
        isRBAC && (kind == "Role" || kind == "ClusterRole")
    }

    /// The `rules` of a Role or ClusterRole. An aggregated ClusterRole (`aggregationRule`) has
    /// none of its own: the controller manager replaces them with those of the roles it
    /// selects, which are judged where they are written.
    public var policyRules: [PolicyRule] {
        guard isRole else { return [] }
        if kind == "ClusterRole", let aggregation = node["aggregationRule"], !aggregation.isNull { return [] }
        return (node["rules"]?.items ?? []).enumerated().compactMap { index, item in
            item.kind == .mapping ? PolicyRule(object: self, node: item, index: index) : nil
        }
    }

    /// This object as a RoleBinding or ClusterRoleBinding.
    public var roleBinding: RoleBinding? {
        guard isRBAC, kind == "RoleBinding" || kind == "ClusterRoleBinding" else { return nil }
        let roleRef = node["roleRef"].flatMap { ref -> RoleReference? in
            guard ref.kind == .mapping else { return nil }
            return RoleReference(node: ref, kind: ref["kind"]?.scalar, name: ref["name"]?.scalar, nameNode: ref["name"])
        }
        let subjects = (node["subjects"]?.items ?? []).compactMap { item -> RoleSubject? in
            guard item.kind == .mapping else { return nil }
            return RoleSubject(node: item, kind: item["kind"]?.scalar, name: item["name"]?.scalar,
                               nameNode: item["name"], namespace: item["namespace"]?.scalar)
        }
        return RoleBinding(object: self, roleRef: roleRef, subjects: subjects)
    }
}
