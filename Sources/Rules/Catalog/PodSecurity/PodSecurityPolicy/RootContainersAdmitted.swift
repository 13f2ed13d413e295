import YAML

extension Rule {
    static let rootContainersAdmitted = Rule(RuleDescription(
        id: "e3aa0612-4351-4a0d-983f-aefea25cf203",
        slug: "root_containers_admitted",
        name: "Root containers admitted",
        severity: .medium,
        category: "Best Practices",
        summary: "A PodSecurityPolicy admits containers that run as root or gain root's privileges.",
        help: """
            A policy keeps root out only when every door is shut: containers must not be \
            privileged, must not escalate privileges, must run as a non-root user, and must not \
            get the root group (GID 0) through `supplementalGroups` or `fsGroup`. Each open door \
            is reported at the field that opens it.

            **Fix:** in the policy's spec set `privileged: false`, \
            `allowPrivilegeEscalation: false`, `runAsUser: {rule: MustRunAsNonRoot}` (or \
            `MustRunAs` with ranges starting at 1 or above), and `supplementalGroups` and \
            `fsGroup` to `rule: MustRunAs` with ranges that start at 1 or above.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-policy/#users-and-groups"],
        nonTriggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              privileged: false
              allowPrivilegeEscalation: false
              runAsUser: {rule: MustRunAsNonRoot}
              seLinux: {rule: RunAsAny}
              supplementalGroups:
                rule: MustRunAs
                ranges: [{min: 1, max: 65535}]
              fsGroup:
                rule: MustRunAs
                ranges: [{min: 1, max: 65535}]
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: fixed-users}
            spec:
              allowPrivilegeEscalation: false
              runAsUser:
                rule: MustRunAs
                ranges: [{min: 10000, max: 20000}]
              seLinux: {rule: RunAsAny}
              supplementalGroups:
                rule: MayRunAs
                ranges: [{min: 10000, max: 20000}]
              fsGroup:
                rule: MustRunAs
                ranges: [{min: 10000, max: 20000}]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: permissive}
            spec:
              privileged: ↓true
              allowPrivilegeEscalation: ↓true
              runAsUser:
                rule: ↓RunAsAny
              seLinux: {rule: RunAsAny}
              supplementalGroups:
                rule: ↓RunAsAny
              ↓fsGroup:
                rule: MustRunAs
                ranges:
                  - min: 0
                    max: 65535
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: root-in-range}
            spec:
              allowPrivilegeEscalation: false
              ↓runAsUser:
                rule: MustRunAs
                ranges: [{min: 0, max: 100}]
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: MustRunAs, ranges: [{min: 1, max: 65535}]}
              fsGroup: {rule: MustRunAs, ranges: [{min: 1, max: 65535}]}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy else { return }
        let identity = object.identity
        if let privileged = policy.enables("privileged") {
            findings.add("\(identity) admits privileged containers, which run as root on the node (privileged: \(privileged.value.scalar ?? "true")); expected privileged: false.",
                         at: privileged.value, scope: policy.spec, object: object)
        }
        if let escalation = policy.enables("allowPrivilegeEscalation") {
            findings.add("\(identity) lets containers escalate to root (allowPrivilegeEscalation: \(escalation.value.scalar ?? "true")); expected allowPrivilegeEscalation: false.",
                         at: escalation.value, scope: policy.spec, object: object)
        }
        if let users = policy.entry("runAsUser") {
            switch IDStrategy(users) {
            case .unrestricted(let rule):
                findings.add("\(identity) lets containers run as root (runAsUser rule \(rule.scalar ?? "?")); expected rule MustRunAsNonRoot.",
                             at: rule, scope: policy.spec, object: object)
            case .rangeIncludingRoot:
                findings.add("\(identity) lets containers run as root (a runAsUser range starts at 0); expected rule MustRunAsNonRoot or ranges starting at 1 or above.",
                             at: users.key, scope: policy.spec, object: object)
            case .excludesRoot, .unknown:
                break
            }
        }
        for field in ["supplementalGroups", "fsGroup"] {
            guard let groups = policy.entry(field) else { continue }
            switch IDStrategy(groups) {
            case .unrestricted(let rule):
                findings.add("\(identity) lets pods use the root group (\(field) rule \(rule.scalar ?? "?")); expected rule MustRunAs with ranges starting at 1 or above.",
                             at: rule, scope: policy.spec, object: object)
            case .rangeIncludingRoot:
                findings.add("\(identity) lets pods use the root group (a \(field) range starts at 0); expected ranges starting at 1 or above.",
                             at: groups.key, scope: policy.spec, object: object)
            case .excludesRoot, .unknown:
                break
            }
        }
    }
}

/// How a PodSecurityPolicy's `runAsUser`, `supplementalGroups` or `fsGroup` field picks IDs, as
/// far as ID 0 (root) is concerned.
private enum IDStrategy {
    /// Any ID, root included (`RunAsAny`); carries the `rule` value.
    case unrestricted(Node)
    /// `MustRunAs` / `MayRunAs` with a range that starts at 0.
    case rangeIncludingRoot
    /// `MustRunAsNonRoot`, or ranges that all start above 0.
    case excludesRoot
    /// No rule, or one this reading does not know.
    case unknown

    init(_ field: (key: Node, value: Node)) {
        guard let rule = field.value["rule"], let name = rule.scalar else {
            self = .unknown
            return
        }
        switch name {
        case "RunAsAny":
            self = .unrestricted(rule)
        case "MustRunAsNonRoot":
            self = .excludesRoot
        case "MustRunAs", "MayRunAs":
            let minimums = (field.value["ranges"]?.items ?? []).map { $0["min"]?.int }
            self = minimums.contains(0) ? .rangeIncludingRoot : .excludesRoot
        default:
            self = .unknown
        }
    }
}
