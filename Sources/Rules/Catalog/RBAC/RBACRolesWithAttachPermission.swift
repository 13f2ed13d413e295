extension Rule {
    static let rbacRolesWithAttachPermission = Rule(RuleDescription(
        id: "d45330fd-f58d-45fb-a682-6481477a0f84",
        slug: "rbac_roles_with_attach_permission",
        name: "RBAC roles with attach permission",
        severity: .medium,
        category: "Access Control",
        summary: "A Role or ClusterRole allows `pods/attach`, which connects its subjects to the input and output of running containers.",
        help: """
            `kubectl attach` joins the main process of a running container: its output, and \
            its input when the container keeps stdin open, often a shell. A subject that can \
            attach acts inside the container with everything the container holds: its \
            service account token, mounted Secrets, network access.

            A rule allows it when it covers the `pods/attach` subresource (`pods/attach`, \
            `pods/*`, `*/attach` or `*` in `resources`, `""` or `*` in `apiGroups`) with \
            `create` or `*`. `get` alone does not: API servers (1.31 and later) authorize \
            the WebSocket connection as `create` too.

            **Fix:** remove `pods/attach` from roles given to workloads and to people who only \
            need to read; use logs and ephemeral debug containers under a separate, audited \
            role for troubleshooting.
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
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: attacher, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [pods, ↓pods/attach]
                verbs: [get, create]
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: pod-everything}
            rules:
              - apiGroups: [""]
                resources:
                  - ↓pods/*
                verbs: ["*"]
            """,
        ]
    )) { object, findings in
        findings.podSubresourceAccess("attach", in: object, lets: "attach to running containers")
    }
}
