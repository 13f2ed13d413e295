extension Rule {
    static let clusterAdminRoleBindingWithSuperUserPermissions = Rule(RuleDescription(
        id: "249328b8-5f0f-409f-b1dd-029f07882e11",
        slug: "cluster_admin_role_binding_with_super_user_permissions",
        name: "Cluster admin rolebinding with superuser permissions",
        severity: .low,
        category: "Access Control",
        summary: "A ClusterRoleBinding gives the `cluster-admin` ClusterRole, full control of every object in every namespace, to its subjects.",
        help: """
            `cluster-admin` allows every verb on every resource of the cluster, and every \
            non-resource URL. A subject bound to it cluster-wide can read every Secret, run \
            anything on any node through a pod, and grant itself or anyone else any further \
            access. A stolen token of such a service account, or a compromised workload \
            running as it, is the whole cluster.

            **Fix:** bind a ClusterRole that lists only what the subject needs; when it needs \
            broad access in one namespace only, use a RoleBinding in that namespace instead of \
            a ClusterRoleBinding. Keep `cluster-admin` for break-glass accounts outside \
            workloads.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles",
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: ci-viewer}
            subjects:
              - kind: ServiceAccount
                name: ci
                namespace: build
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: view
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: break-glass}
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: cluster-admin
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: team-admin, namespace: team-a}
            subjects:
              - kind: Group
                name: team-a-admins
                apiGroup: rbac.authorization.k8s.io
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: admin
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: deployer}
            subjects:
              - kind: ServiceAccount
                name: deployer
                namespace: ci
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: ↓cluster-admin
            """,
        ]
    )) { object, findings in
        guard let binding = object.roleBinding, binding.isClusterWide,
              let roleRef = binding.roleRef, roleRef.isClusterRole("cluster-admin"),
              let name = roleRef.nameNode, !binding.subjects.isEmpty else { return }
        // A binding without subjects gives the role to no one.
        let who = binding.subjects.map { "\($0.kind ?? "subject") \($0.name ?? "?")" }.joined(separator: ", ")
        findings.add("\(object.identity) gives cluster-admin, every permission in every namespace, to \(who); expected a ClusterRole limited to what they need.",
                     at: name, scope: object.node, object: object)
    }
}
