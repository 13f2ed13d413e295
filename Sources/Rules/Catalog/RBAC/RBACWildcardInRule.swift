extension Rule {
    static let rbacWildcardInRule = Rule(RuleDescription(
        id: "6b896afb-ca07-467a-b256-1a0077a1c08e",
        slug: "rbac_wildcard_in_rule",
        name: "RBAC wildcard in rule",
        severity: .high,
        category: "Access Control",
        summary: "A Role or ClusterRole uses `*` for its API groups, resources or verbs.",
        help: """
            `*` in a rule stands for every API group, every resource or every verb, \
            including those that do not exist yet: custom resources installed later, new \
            subresources, verbs such as `escalate`, `bind` and `impersonate`. A rule written \
            for today's needs quietly grows with the cluster, and `*` on resources covers \
            Secrets and `pods/exec` too.

            **Fix:** list the API groups, resources and verbs the subject needs. `kubectl \
            api-resources -o wide` shows every resource with its group and verbs.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: configmap-editor, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [configmaps]
                verbs: [get, update, patch]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: configmap-everything}
            rules:
              - apiGroups: [↓"*"]
                resources: [configmaps]
                verbs: [↓"*"]
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: namespace-admin, namespace: web}
            rules:
              - apiGroups:
                  - ""
                  - ↓"*"
                resources:
                  - ↓"*"
                verbs: [get, list]
            """,
        ]
    )) { object, findings in
        for rule in object.policyRules {
            for (field, list) in [("apiGroups", rule.apiGroups), ("resources", rule.resources), ("verbs", rule.verbs)] {
                guard let wildcard = list.wildcard else { continue }
                findings.add("\(object.identity) uses \"*\" in the \(field) of \(rule.written), which covers every one there is and will be; expected the \(field) it needs, listed.",
                             at: wildcard, scope: rule.node, object: object)
            }
        }
    }
}
