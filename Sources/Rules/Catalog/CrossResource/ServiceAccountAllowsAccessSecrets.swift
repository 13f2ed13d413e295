extension Rule {
    static let serviceAccountAllowsAccessSecrets = Rule(RuleDescription(
        id: "056ac60e-fe07-4acc-9b34-8e1d51716ab9",
        slug: "service_account_allows_access_secrets",
        name: "ServiceAccount allows access to secrets",
        severity: .medium,
        category: "Secret Management",
        summary: "A Role or ClusterRole that a binding of the scan gives to a service account allows reading Secrets.",
        help: """
            A service account's token sits in every pod that runs as it. When the account may \
            `get`, `list` or `watch` Secrets, anyone who gets code running in one of those \
            pods can read the namespace's passwords, keys and other accounts' tokens (every \
            namespace's, for a ClusterRole bound cluster-wide) and move on from there.

            A role is reported when a RoleBinding or ClusterRoleBinding of the scan names it \
            in `roleRef` and has a `ServiceAccount` among its subjects. A RoleBinding refers \
            to the Role of that name in its own namespace, so a binding in another namespace \
            does not count; a ClusterRole may be bound by either kind. Each rule of the role \
            that allows reading Secrets (`verbs` holding `get`, `list`, `watch` or `*`, on \
            `secrets` or `*` in the core group) is reported at its `verbs`.

            **Fix:** give the workload the Secrets it needs as volumes or environment variables \
            instead of API access; if it must read them through the API, limit the rule to \
            those Secrets with `resourceNames` and to `get`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: config-reader, namespace: shop}
            rules:
              - apiGroups: [""]
                resources: [configmaps]
                verbs: [get, list]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: app-config-reader, namespace: shop}
            roleRef: {kind: Role, name: config-reader, apiGroup: rbac.authorization.k8s.io}
            subjects:
              - kind: ServiceAccount
                name: app
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: secret-reader, namespace: shop}
            rules:
              - apiGroups: [""]
                resources: [secrets]
                verbs: [get, list]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: oncall-secret-reader, namespace: shop}
            roleRef: {kind: Role, name: secret-reader, apiGroup: rbac.authorization.k8s.io}
            subjects:
              - kind: Group
                name: oncall
                apiGroup: rbac.authorization.k8s.io
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: secret-reader, namespace: shop}
            rules:
              - apiGroups: [""]
                resources: [secrets]
                ↓verbs: [get, list]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: app-secret-reader, namespace: shop}
            roleRef: {kind: Role, name: secret-reader, apiGroup: rbac.authorization.k8s.io}
            subjects:
              - kind: ServiceAccount
                name: app
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: everything-reader}
            rules:
              - apiGroups: ["*"]
                resources: ["*"]
                ↓verbs: [list]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: app-everything-reader}
            roleRef: {kind: ClusterRole, name: everything-reader, apiGroup: rbac.authorization.k8s.io}
            subjects:
              - kind: ServiceAccount
                name: app
                namespace: shop
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.isRole ? .objects(ofKinds: ["RoleBinding", "ClusterRoleBinding"], mentioning: object.name) : .nothing
    }) { object, findings in
        guard object.isRole else { return }
        let accounts = findings.context.bindings(of: object).flatMap { binding in
            binding.subjects.filter { $0.kind == "ServiceAccount" }.map { subject in
                "'\(binding.namespace(of: subject).map { "\($0)/" } ?? "")\(subject.name ?? "?")'"
            }
        }
        guard !accounts.isEmpty else { return }
        let bound = accounts.count == 1 ? "service account \(accounts[0])" : "service accounts \(accounts.joined(separator: ", "))"
        for rule in object.policyRules {
            let verbs = rule.grantedVerbs(["get", "list", "watch"], on: "secrets")
            guard !verbs.isEmpty else { continue }
            findings.add("\(object.identity) is bound to \(bound) and allows \(verbs.joined(separator: ", ")) on Secrets in \(rule.written); expected no read access to Secrets for service accounts.",
                         at: rule.verbsLocation, scope: rule.node, object: object)
        }
    }
}
