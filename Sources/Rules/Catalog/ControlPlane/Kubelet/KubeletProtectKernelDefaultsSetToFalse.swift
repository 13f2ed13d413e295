extension Rule {
    static let kubeletProtectKernelDefaultsSetToFalse = Rule(RuleDescription(
        id: "6cf42c97-facd-4fda-b8af-ea4529123355",
        slug: "kubelet_protect_kernel_defaults_set_to_false",
        name: "Kubelet protect-kernel-defaults set to false",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "The kubelet changes kernel settings that differ from what it expects, instead of refusing to start.",
        help: """
            The kubelet relies on a few kernel settings (overcommit, panic on oops, and others). \
            Without kernel-default protection it quietly rewrites any that differ, overriding what \
            the node's hardening chose. With protection on it refuses to start instead, so a \
            mismatch is seen and fixed on purpose.

            **Fix:** set `protectKernelDefaults: true` in the KubeletConfiguration, or \
            `--protect-kernel-defaults=true` on the command line, and tune the node's sysctls to \
            the kubelet's values.
            """,
        references: ["https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/"],
        nonTriggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            protectKernelDefaults: true
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
                      command: ["kubelet", "--protect-kernel-defaults=true"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            ↓protectKernelDefaults: false
            """,
            """
            {
              "apiVersion": "kubelet.config.k8s.io/v1beta1",
              ↓"kind": "KubeletConfiguration",
              "readOnlyPort": 0
            }
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
                      args: ["--protect-kernel-defaults=false"]
            """,
        ]
    )) { object, findings in
        for kubelet in object.invocations(of: "kubelet") {
            if let flag = kubelet.flag("--protect-kernel-defaults"), kubelet.boolValue(of: "--protect-kernel-defaults") == false {
                findings.wrongFlag(flag, in: kubelet, expected: "--protect-kernel-defaults=true")
            }
        }
        if let configuration = object.kubeletConfiguration {
            if let protect = configuration.protectKernelDefaults {
                if protect.value.bool != true {
                    findings.unsafeSetting(protect, in: configuration, expected: "true")
                }
            } else {
                findings.missingSetting("protectKernelDefaults", in: configuration, expected: "true")
            }
        }
    }
}
