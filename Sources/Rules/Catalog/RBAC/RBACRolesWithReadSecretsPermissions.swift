extension Rule {
    static let rbacRolesWithReadSecretsPermissions = Rule(RuleDescription(
        id: "b7bca5c4-1dab-4c2c-8cbe-3050b9d59b14",
        slug: "rbac_roles_with_read_secrets_permissions",
        name: "RBAC roles with read secrets permissions",
        severity: .medium,
        category: "Access Control",
        summary: "A Role or ClusterRole allows `get`, `list` or `watch` on Secrets.",
        help: """
            Secrets hold passwords, API keys, TLS keys and service account tokens. `get` \
            returns a Secret's data; `list` and `watch` return the data of every Secret in \
            the namespace (or, in a ClusterRole bound cluster-wide, every namespace) at \
            once, including tokens of more powerful service accounts.

            A rule allows it when its `verbs` hold `get`, `list`, `watch` or `*`, its \
            `resources` hold `secrets` or `*`, and its `apiGroups` hold `""` or `*`. A rule \
            limited by `resourceNames` still reads the Secrets it names, so it is reported \
            too, with those names.

            **Fix:** mount the Secrets a workload needs as volumes or environment variables \
            instead of reading them through the API; where a controller must read them, \
            limit its rule to the Secrets it needs with `resourceNames`, and review it.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
            "https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: config-reader, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [configmaps, pods/log]
                verbs: [get, list, watch]
              - apiGroups: [""]
                resources: [secrets]
                verbs: [create]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: secret-reader, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [secrets]
                ↓verbs: [get, list, watch]
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: tls-reader}
            rules:
              - apiGroups: [""]
                resources: [secrets]
                resourceNames: [ingress-tls]
                ↓verbs:
                  - get
            """,
        ]
    )) { object, findings in
        for rule in object.policyRules {
            let verbs = rule.grantedVerbs(["get", "list", "watch"], on: "secrets")
            guard !verbs.isEmpty else { continue }
            let which = rule.resourceNames.isEmpty ? "Secrets" : "the Secrets \(rule.resourceNames.values.joined(separator: ", "))"
            findings.add("\(object.identity) allows \(verbs.joined(separator: ", ")) on \(which) in \(rule.written); expected no read access to Secrets.",
                         at: rule.verbsLocation, scope: rule.node, object: object)
        }
    }
}
