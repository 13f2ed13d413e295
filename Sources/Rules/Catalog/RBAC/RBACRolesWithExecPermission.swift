extension Rule {
    static let rbacRolesWithExecPermission = Rule(RuleDescription(
        id: "c589f42c-7924-4871-aee2-1cede9bc7cbc",
        slug: "rbac_roles_with_exec_permission",
        name: "RBAC roles with exec permission",
        severity: .medium,
        category: "Access Control",
        summary: "A Role or ClusterRole allows `pods/exec`, which lets its subjects run any command in running containers.",
        help: """
            `kubectl exec` starts a new process, usually a shell, inside a running container. \
            A subject that can exec into pods gets everything those containers hold: their \
            service account tokens, mounted Secrets, environment, and network position; in a \
            privileged container, the node.

            A rule allows it when it covers the `pods/exec` subresource (`pods/exec`, \
            `pods/*`, `*/exec` or `*` in `resources`, `""` or `*` in `apiGroups`) with \
            `create` or `*`. `get` alone does not: API servers (1.31 and later) authorize \
            the WebSocket connection as `create` too.

            **Fix:** remove `pods/exec` from roles given to workloads and to people who only \
            need to read; keep it in a separate role, bound only for troubleshooting and \
            audited.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: pod-reader, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [pods, pods/log]
                verbs: [get, list, watch]
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: deployment-admin}
            rules:
              - apiGroups: [apps]
                resources: ["*"]
                verbs: ["*"]
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: read-everything}
            rules:
              - apiGroups: ["*"]
                resources: ["*"]
                verbs: [get, list, watch]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: debugger, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [pods, ↓pods/exec]
                verbs: [get, create]
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: everything}
            rules:
              - apiGroups: ["*"]
                resources: [↓"*"]
                verbs: ["*"]
            """,
        ]
    )) { object, findings in
        findings.podSubresourceAccess("exec", in: object, lets: "run commands in running containers")
    }
}
