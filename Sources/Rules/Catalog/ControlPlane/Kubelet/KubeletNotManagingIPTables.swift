extension Rule {
    static let kubeletNotManagingIPTables = Rule(RuleDescription(
        id: "5f89001f-6dd9-49ff-9b15-d8cd71b617f4",
        slug: "kubelet_not_managing_ip_tables",
        name: "Kubelet not managing IP tables",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "The kubelet is told not to keep its iptables chains in place.",
        help: """
            The kubelet creates and maintains the iptables chains that pod networking relies on, \
            such as the rules that drop packets marked for dropping. When it stops managing them, \
            rules left by hand or by other tools drift from what the pods' networking needs, and \
            traffic can get through that the cluster meant to block.

            **Fix:** let the kubelet manage iptables: remove `makeIPTablesUtilChains: false` from \
            the KubeletConfiguration (it defaults to `true`) or `--make-iptables-util-chains=false` \
            from the command line.
            """,
        references: ["https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/"],
        nonTriggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            makeIPTablesUtilChains: true
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
                      command: ["kubelet"]
                      args: ["--make-iptables-util-chains"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            ↓makeIPTablesUtilChains: false
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
                      command:
                        - kubelet
                        - ↓--make-iptables-util-chains=false
            """,
        ]
    )) { object, findings in
        for kubelet in object.invocations(of: "kubelet") {
            if let flag = kubelet.flag("--make-iptables-util-chains"), kubelet.boolValue(of: "--make-iptables-util-chains") == false {
                findings.wrongFlag(flag, in: kubelet, expected: "--make-iptables-util-chains=true")
            }
        }
        if let configuration = object.kubeletConfiguration, let chains = configuration.makeIPTablesUtilChains,
           chains.value.bool == false {
            findings.unsafeSetting(chains, in: configuration, expected: "true")
        }
    }
}
