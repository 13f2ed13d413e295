extension Rule {
    static let kubeletClientPeriodicCertificateSwitchDisabled = Rule(RuleDescription(
        id: "52d70f2e-3257-474c-b3dc-8ad9ba6a061a",
        slug: "kubelet_client_periodic_certificate_switch_disabled",
        name: "Kubelet client periodic certificate switch disabled",
        severity: .medium,
        category: "Secret Management",
        summary: "The kubelet does not renew its client certificate before it expires.",
        help: """
            The kubelet authenticates to the API server with a client certificate. Unless certificate \
            rotation is on, it keeps using that certificate until it expires — then the node drops \
            out of the cluster — and a stolen certificate stays valid for its whole lifetime. With \
            rotation the kubelet requests a fresh certificate as the current one nears its end.

            **Fix:** turn rotation on: `rotateCertificates: true` in the KubeletConfiguration, or \
            `--rotate-certificates=true` on the command line.
            """,
        references: ["https://kubernetes.io/docs/tasks/tls/certificate-rotation/"],
        nonTriggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            rotateCertificates: true
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
                      command: ["kubelet", "--rotate-certificates"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            ↓rotateCertificates: false
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            ↓kind: KubeletConfiguration
            serverTLSBootstrap: true
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
                      args: ["--config=/var/lib/kubelet/config.yaml", "--rotate-certificates=false"]
            """,
        ]
    )) { object, findings in
        for kubelet in object.invocations(of: "kubelet") {
            if let flag = kubelet.flag("--rotate-certificates"), kubelet.boolValue(of: "--rotate-certificates") == false {
                findings.wrongFlag(flag, in: kubelet, expected: "--rotate-certificates=true")
            }
        }
        if let configuration = object.kubeletConfiguration {
            if let rotate = configuration.rotateCertificates {
                if rotate.value.bool != true {
                    findings.unsafeSetting(rotate, in: configuration, expected: "true")
                }
            } else {
                findings.missingSetting("rotateCertificates", in: configuration, expected: "true")
            }
        }
    }
}
