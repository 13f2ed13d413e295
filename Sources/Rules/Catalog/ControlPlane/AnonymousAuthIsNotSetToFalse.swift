extension Rule {
    static let anonymousAuthIsNotSetToFalse = Rule(RuleDescription(
        id: "1de5cc51-f376-4638-a940-20f2e85ae238",
        slug: "anonymous_auth_is_not_set_to_false",
        name: "Anonymous auth is not set to false",
        severity: .medium,
        category: "Access Control",
        summary: "kube-apiserver or the kubelet serves requests that carry no credentials.",
        help: """
            With anonymous authentication on, a request without credentials is not refused: it runs \
            as `system:anonymous`. Whatever the authorizer grants that user — by a careless binding, \
            or on the kubelet by `AlwaysAllow` — then becomes open to anyone who can reach the port, \
            including the kubelet's exec and log endpoints.

            On the command line both components accept anonymous requests unless told otherwise. A \
            kubelet started with `--config` takes the setting from its configuration file instead, \
            where anonymous requests are refused unless `authentication.anonymous.enabled` is true.

            **Fix:** `--anonymous-auth=false` on kube-apiserver and the kubelet, or \
            `authentication: {anonymous: {enabled: false}}` in the KubeletConfiguration.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests",
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
                    - --anonymous-auth=false
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
                      command: ["kubelet", "--config=/var/lib/kubelet/config.yaml"]
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              anonymous:
                enabled: false
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
                  ↓command: ["kube-apiserver"]
                  args: ["--anonymous-auth=true"]
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
                      ↓command: ["kubelet", "--kubeconfig=/etc/kubernetes/kubelet.conf"]
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              anonymous:
                ↓enabled: true
            """,
        ]
    )) { object, findings in
        for component in ["kube-apiserver", "kubelet"] {
            for invocation in object.invocations(of: component) {
                if let flag = invocation.flag("--anonymous-auth") {
                    if invocation.boolValue(of: "--anonymous-auth") != false {
                        findings.wrongFlag(flag, in: invocation, expected: "--anonymous-auth=false")
                    }
                } else if component == "kube-apiserver" || invocation.configurationFile == nil {
                    findings.missingFlag("--anonymous-auth", in: invocation, expected: "false")
                }
            }
        }
        if let configuration = object.kubeletConfiguration, let anonymous = configuration.anonymousAuthEnabled,
           anonymous.value.bool != false {
            findings.unsafeSetting(anonymous, in: configuration, expected: "false")
        }
    }
}
