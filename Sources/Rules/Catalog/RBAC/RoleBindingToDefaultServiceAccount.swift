extension Rule {
    static let roleBindingToDefaultServiceAccount = Rule(RuleDescription(
        id: "1e749bc9-fde8-471c-af0c-8254efd2dee5",
        slug: "role_binding_to_default_service_account",
        name: "Role binding to default service account",
        severity: .medium,
        category: "Insecure Defaults",
        summary: "A RoleBinding or ClusterRoleBinding grants a role to a namespace's `default` service account, which every pod that names no account runs as.",
        help: """
            Every namespace has a service account called `default`, and every pod that names \
            no `serviceAccountName` runs as it and, unless told otherwise, holds its token. \
            Permissions granted to `default` therefore reach every such pod of the namespace, \
            including ones added later for other purposes, and a token stolen from any of \
            them carries those permissions.

            **Fix:** create a service account for the workload that needs the permissions, \
            bind the role to that account, and name it in the workload's `serviceAccountName`. \
            Leave `default` without bindings.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: read-pods, namespace: web}
            subjects:
              - kind: ServiceAccount
                name: pod-watcher
                namespace: web
              - kind: User
                name: default
                apiGroup: rbac.authorization.k8s.io
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: Role
              name: pod-reader
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: read-pods, namespace: web}
            subjects:
              - kind: ServiceAccount
                name: ↓default
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: Role
              name: pod-reader
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: node-reader}
            subjects:
              - kind: ServiceAccount
                name: ↓default
                namespace: monitoring
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: node-reader
            """,
        ]
    )) { object, findings in
        guard let binding = object.roleBinding else { return }
        let role = binding.roleRef.map { "\($0.kind ?? "role") \($0.name ?? "?")" } ?? "its role"
        for subject in binding.serviceAccounts(named: "default") {
            guard let name = subject.nameNode else { continue }
            let account = binding.namespace(of: subject).map { "\($0)/default" } ?? "default"
            findings.add("\(object.identity) grants \(role) to the service account \(account), which every pod of its namespace without a serviceAccountName runs as; expected a service account of the workload's own.",
                         at: name, scope: object.node, object: object)
        }
    }
}
