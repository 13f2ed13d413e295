extension Rule {
    static let kubeletReadOnlyPortIsNotSetToZero = Rule(RuleDescription(
        id: "2940d48a-dc5e-4178-a3f8-bfbd80720b41",
        slug: "kubelet_read_only_port_is_not_set_to_zero",
        name: "Kubelet read-only port is not set to zero",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "The kubelet opens its unauthenticated read-only port.",
        help: """
            The read-only port (10255 by default on the command line) serves the kubelet's pod list, \
            node details and metrics to anyone who can reach the node, with no authentication and \
            no authorization. That tells an attacker which workloads, images and volumes run there.

            A kubelet started with `--config` takes the port from its configuration file, where it \
            is closed unless `readOnlyPort` says otherwise; without `--config` it is open unless the \
            flag closes it.

            **Fix:** close the port: `--read-only-port=0`, or `readOnlyPort: 0` (or no \
            `readOnlyPort` at all) in the KubeletConfiguration. Scrape metrics from the \
            authenticated port 10250 instead.
            """,
        references: ["https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: kubelet, namespace: kube-system}
            spec:
              template:
                spec:
                  containers:
                    - name: kubelet
                      command: ["kubelet", "--read-only-port=0"]
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: node-agent}
            spec:
              containers:
                - name: kubelet
                  command: ["/usr/bin/kubelet"]
                  args: ["--config=/var/lib/kubelet/config.yaml"]
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            readOnlyPort: 0
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              webhook: {enabled: true}
            """,
        ],
        triggeringExamples: [
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
                        - ↓--read-only-port=10255
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: node-agent}
            spec:
              containers:
                - name: kubelet
                  ↓command: ["hyperkube", "kubelet", "--kubeconfig=/etc/kubernetes/kubelet.conf"]
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            ↓readOnlyPort: 10255
            """,
        ]
    )) { object, findings in
        for kubelet in object.invocations(of: "kubelet") {
            if let flag = kubelet.flag("--read-only-port") {
                if kubelet.intValue(of: "--read-only-port") != 0 {
                    findings.wrongFlag(flag, in: kubelet, expected: "--read-only-port=0")
                }
            } else if kubelet.configurationFile == nil {
                findings.missingFlag("--read-only-port", in: kubelet, expected: "0")
            }
        }
        if let configuration = object.kubeletConfiguration, let port = configuration.readOnlyPort, port.value.int != 0 {
            findings.unsafeSetting(port, in: configuration, expected: "0")
        }
    }
}
