extension Rule {
    static let rotateKubeletServerCertificateNotActive = Rule(RuleDescription(
        id: "1c621b8e-2c6a-44f5-bd6a-fb0fb7ba33e2",
        slug: "rotate_kubelet_server_certificate_not_active",
        name: "Rotate Kubelet server certificate not active",
        severity: .medium,
        category: "Secret Management",
        summary: "The RotateKubeletServerCertificate feature gate is turned off.",
        help: """
            The `RotateKubeletServerCertificate` feature lets the kubelet request its serving \
            certificate from the cluster and renew it before it expires, and lets \
            kube-controller-manager approve and sign those requests. Turned off, kubelets fall back \
            to self-signed serving certificates that the API server cannot verify, or to long-lived \
            ones that stay valid if stolen.

            **Fix:** remove `RotateKubeletServerCertificate=false` from `--feature-gates` on the \
            kubelet and kube-controller-manager, and from `featureGates` in the \
            KubeletConfiguration (the gate is on by default).
            """,
        references: ["https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation"],
        nonTriggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            serverTLSBootstrap: true
            featureGates:
              RotateKubeletServerCertificate: true
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command: ["kube-controller-manager", "--feature-gates=RotateKubeletServerCertificate=true"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            ↓featureGates:
              RotateKubeletServerCertificate: false
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command:
                    - kube-controller-manager
                    - ↓--feature-gates=RotateKubeletServerCertificate=false,SomeOtherGate=true
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
                      args: ["--feature-gates", "RotateKubeletServerCertificate=False"]
            """,
        ]
    )) { object, findings in
        let gate = "RotateKubeletServerCertificate"
        for component in ["kubelet", "kube-controller-manager"] {
            for invocation in object.invocations(of: component) where invocation.featureGate(gate) == false {
                if let flag = invocation.featureGateFlag(gate) {
                    findings.wrongFlag(flag, in: invocation, expected: "\(gate)=true")
                }
            }
        }
        if let configuration = object.kubeletConfiguration, let setting = configuration.featureGate(gate),
           setting.value.bool == false {
            // KICS points at the `featureGates` map rather than the gate inside it.
            findings.unsafeSetting(setting, in: configuration, expected: "true", at: configuration.featureGates?.key)
        }
    }
}
