extension Rule {
    static let rbacRolesAllowPrivilegeEscalation = Rule(RuleDescription(
        id: "8320826e-7a9c-4b0b-9535-578333193432",
        slug: "rbac_roles_allow_privilege_escalation",
        name: "RBAC roles allow privilege escalation",
        severity: .medium,
        category: "Access Control",
        summary: "A Role or ClusterRole allows `bind` or `escalate` on roles or cluster roles, which lets its subjects grant permissions they do not hold.",
        help: """
            The API server stops anyone from creating a role binding or a role that grants \
            more than they already hold, unless they have `bind` on the role being bound or \
            `escalate` on the role being written. A subject with either verb can hand itself \
            (or anyone) any permission in the roles it covers, up to `cluster-admin`.

            A rule allows it when its `verbs` hold `bind`, `escalate` or `*`, its \
            `resources` hold `roles`, `clusterroles` or `*`, and its `apiGroups` hold \
            `rbac.authorization.k8s.io` or `*`.

            **Fix:** remove `bind` and `escalate` from roles given to people and workloads. \
            Where a controller must bind roles, limit its rule with `resourceNames` to the \
            roles it hands out.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping",
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: binding-writer}
            rules:
              - apiGroups: [rbac.authorization.k8s.io]
                resources: [rolebindings, clusterrolebindings]
                verbs: [create, update]
              - apiGroups: [rbac.authorization.k8s.io]
                resources: [roles]
                verbs: [get, list]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: role-binder}
            rules:
              - apiGroups: [rbac.authorization.k8s.io]
                resources: [clusterroles]
                ↓verbs: [bind]
              - apiGroups: [rbac.authorization.k8s.io]
                resources: [roles]
                ↓verbs:
                  - get
                  - escalate
            """,
        ]
    )) { object, findings in
        for rule in object.policyRules {
            let granted = ["roles", "clusterroles"].flatMap { resource in
                rule.grantedVerbs(["bind", "escalate"], on: resource, inGroup: rbacGroup).map { "\($0) on \(resource)" }
            }
            guard !granted.isEmpty else { continue }
            findings.add("\(object.identity) allows \(granted.joined(separator: ", ")) in \(rule.written), so its subjects can grant permissions they do not hold; expected no bind or escalate on roles.",
                         at: rule.verbsLocation, scope: rule.node, object: object)
        }
    }
}
