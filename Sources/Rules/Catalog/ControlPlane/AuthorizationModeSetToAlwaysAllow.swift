extension Rule {
    static let authorizationModeSetToAlwaysAllow = Rule(RuleDescription(
        id: "f1f4d8da-1ac4-47d0-b1aa-91e69d33f7d5",
        slug: "authorization_mode_set_to_always_allow",
        name: "Authorization mode set to always allow",
        severity: .high,
        category: "Access Control",
        summary: "kube-apiserver or the kubelet lets every authenticated request through.",
        help: """
            The `AlwaysAllow` authorization mode grants every request that authenticated — and, with \
            anonymous authentication on, every request at all. On kube-apiserver it makes RBAC \
            meaningless; on the kubelet it lets any caller run commands in pods, read their logs \
            and list what runs on the node.

            **Fix:** drop `AlwaysAllow`. On kube-apiserver use `--authorization-mode=Node,RBAC`; on \
            the kubelet use `--authorization-mode=Webhook`, or `authorization: {mode: Webhook}` in \
            the KubeletConfiguration, so that the API server decides.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/authorization/",
            "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/",
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
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authorization:
              mode: Webhook
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
                    - ↓--authorization-mode=RBAC,AlwaysAllow
            """,
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: kubelet, namespace: kube-system}
            spec:
              template:
                spec:
                  containers:
                    - name: kubelet
                      ↓command: ["kubelet"]
                      args: ["--authorization-mode", "AlwaysAllow"]
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authorization:
              ↓mode: AlwaysAllow
            """,
        ]
    )) { object, findings in
        let saferModes = [("kube-apiserver", "--authorization-mode=Node,RBAC"), ("kubelet", "--authorization-mode=Webhook")]
        for (component, expected) in saferModes {
            for invocation in object.invocations(of: component) where invocation.listValue(of: "--authorization-mode").contains("AlwaysAllow") {
                let allowing = invocation.occurrences(of: "--authorization-mode").last { ($0.value ?? "").contains("AlwaysAllow") }
                if let flag = allowing ?? invocation.flag("--authorization-mode") {
                    findings.wrongFlag(flag, in: invocation, expected: expected)
                }
            }
        }
        if let configuration = object.kubeletConfiguration, let mode = configuration.authorizationMode,
           mode.value.scalar == "AlwaysAllow" {
            findings.unsafeSetting(mode, in: configuration, expected: "Webhook")
        }
    }
}
