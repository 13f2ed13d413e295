extension Rule {
    static let rbacRolesWithPortforwardingPermissions = Rule(RuleDescription(
        id: "38fa11ef-dbcc-4da8-9680-7e1fd855b6fb",
        slug: "rbac_roles_with_portforwarding_permissions",
        name: "RBAC roles with port-forwarding permission",
        severity: .medium,
        category: "Access Control",
        summary: "A Role or ClusterRole allows `pods/portforward`, which opens a tunnel from its subjects to any port of the pods it covers.",
        help: """
            `kubectl port-forward` tunnels a connection through the API server and the \
            kubelet straight to a port of a pod. It goes around Services, Ingresses and \
            NetworkPolicies, so a subject that can port-forward reaches admin endpoints, \
            databases and debug ports that were never meant to leave the pod.

            A rule allows it when it covers the `pods/portforward` subresource (`pods/portforward`, \
            `pods/*`, `*/portforward` or `*` in `resources`, `""` or `*` in `apiGroups`) with \
            `create` or `*`. `get` alone does not: API servers (1.31 and later) authorize \
            the WebSocket connection as `create` too.

            **Fix:** remove `pods/portforward` from roles given to workloads and to people \
            who do not need it; expose what must be reached through a Service guarded by a \
            NetworkPolicy.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/access-application-cluster/port-forward-access-application-cluster/",
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
              - apiGroups: [""]
                resources: [pods/portforward]
                verbs: [list]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: tunneler, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [pods, ↓pods/portforward]
                verbs: [get, list, create]
            """,
        ]
    )) { object, findings in
        findings.podSubresourceAccess("portforward", in: object, lets: "open tunnels to pods' ports")
    }
}
