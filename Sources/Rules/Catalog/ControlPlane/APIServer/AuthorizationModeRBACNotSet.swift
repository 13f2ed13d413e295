extension Rule {
    static let authorizationModeRBACNotSet = Rule(RuleDescription(
        id: "1aa4a1ae-5dbb-48a1-9aa2-630ea4be208e",
        slug: "authorization_mode_rbac_not_set",
        name: "Authorization mode RBAC not set",
        severity: .medium,
        category: "Access Control",
        summary: "kube-apiserver's authorization modes do not include RBAC.",
        help: """
            Role-based access control is how a cluster says who may do what: Roles and \
            ClusterRoles grant verbs on resources, and bindings give them to users, groups and \
            service accounts. Without the `RBAC` mode those objects have no effect, and requests \
            are decided by whatever other mode is configured, often `AlwaysAllow`, which lets \
            every authenticated client do anything.

            **Fix:** include `RBAC` in `--authorization-mode`, e.g. `--authorization-mode=Node,RBAC`. \
            (A server configured with `--authorization-config` instead is not judged by this rule.)
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/",
            "https://kubernetes.io/docs/reference/access-authn-authz/authorization/",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - --authorization-mode=Node,RBAC
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["kube-apiserver"]
                  args: ["--authorization-mode=Node", "--authorization-mode=RBAC"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - ↓--authorization-mode=AlwaysAllow
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.isSet("--authorization-config") {
            guard let flag = apiserver.flag("--authorization-mode") else {
                findings.missingFlag("--authorization-mode", in: apiserver, expected: "including RBAC")
                continue
            }
            if !apiserver.listValue(of: "--authorization-mode").contains("RBAC") {
                findings.wrongFlag(flag, in: apiserver, expected: "--authorization-mode to include RBAC")
            }
        }
    }
}
