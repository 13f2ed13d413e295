extension Rule {
    static let authorizationModeNodeNotSet = Rule(RuleDescription(
        id: "4d7ee40f-fc5d-427d-8cac-dffbe22d42d1",
        slug: "authorization_mode_node_not_set",
        name: "Authorization mode node not set",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "kube-apiserver's authorization modes do not include Node.",
        help: """
            The `Node` authorizer lets each kubelet read only what its own pods need: their \
            secrets, config maps and volumes. Without it, kubelets have to be granted broad \
            read access through RBAC, so a single compromised node can read every secret in the \
            cluster. It works with the `NodeRestriction` admission plugin, which limits what a \
            kubelet may write.

            **Fix:** include `Node` in `--authorization-mode`, e.g. `--authorization-mode=Node,RBAC`. \
            (A server configured with `--authorization-config` instead is not judged by this rule.)
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/node/",
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
                  args: ["--authorization-config=/etc/kubernetes/authorization.yaml"]
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
                    - ↓--authorization-mode=RBAC
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--secure-port=6443"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.isSet("--authorization-config") {
            guard let flag = apiserver.flag("--authorization-mode") else {
                findings.missingFlag("--authorization-mode", in: apiserver, expected: "including Node")
                continue
            }
            if !apiserver.listValue(of: "--authorization-mode").contains("Node") {
                findings.wrongFlag(flag, in: apiserver, expected: "--authorization-mode to include Node")
            }
        }
    }
}
