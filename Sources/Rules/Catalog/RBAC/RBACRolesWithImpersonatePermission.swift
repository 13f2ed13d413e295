extension Rule {
    static let rbacRolesWithImpersonatePermission = Rule(RuleDescription(
        id: "9f85c3f6-26fd-4007-938a-2e0cb0100980",
        slug: "rbac_roles_with_impersonate_permission",
        name: "RBAC roles with impersonate permission",
        severity: .medium,
        category: "Access Control",
        summary: "A Role or ClusterRole allows `impersonate` on users, groups or service accounts, so its subjects can act as someone else.",
        help: """
            A request with `Impersonate-User` or `Impersonate-Group` headers is authorized as \
            the impersonated identity. A subject allowed to impersonate users, groups (such \
            as `system:masters`) or service accounts can do whatever those identities can, \
            whatever its own role allows.

            A rule allows it when its `verbs` hold `impersonate` or `*`, its `resources` hold \
            `users`, `groups`, `serviceaccounts` or `*`, and its `apiGroups` hold `""` or \
            `*`.

            **Fix:** keep `impersonate` out of roles given to workloads. Where an \
            authenticating proxy needs it, list the identities it may take on in \
            `resourceNames`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation",
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#impersonate-verb",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: account-reader}
            rules:
              - apiGroups: [""]
                resources: [serviceaccounts]
                verbs: [get, list]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: impersonator}
            rules:
              - apiGroups: [""]
                resources: [users, groups, serviceaccounts]
                ↓verbs: [impersonate]
            """,
        ]
    )) { object, findings in
        for rule in object.policyRules {
            let identities = ["users", "groups", "serviceaccounts"].filter { rule.grants("impersonate", on: $0) }
            guard !identities.isEmpty else { continue }
            findings.add("\(object.identity) allows impersonating \(identities.joined(separator: ", ")) in \(rule.written); expected no impersonate verb.",
                         at: rule.verbsLocation, scope: rule.node, object: object)
        }
    }
}
