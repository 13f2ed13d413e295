extension Rule {
    static let kubeletHostnameOverrideIsSet = Rule(RuleDescription(
        id: "bf36b900-b5ef-4828-adb7-70eb543b7cfb",
        slug: "kubelet_hostname_override_is_set",
        name: "Kubelet hostname override is set",
        severity: .low,
        category: "Insecure Configurations",
        summary: "The kubelet registers its node under a name other than the host's.",
        help: """
            With `--hostname-override` the node's name in the cluster no longer matches the host's \
            name. Certificates issued for the host then fail to verify between the kubelet and the \
            API server, which pushes operators towards skipping TLS verification, and the name the \
            Node authorizer sees can drift from the machine it stands for.

            **Fix:** remove `--hostname-override` and let the kubelet use the host's name; rename \
            the host itself if the name must change.
            """,
        references: ["https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/"],
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
                      command: ["kubelet", "--config=/var/lib/kubelet/config.yaml"]
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: node-agent}
            spec:
              containers:
                - name: kubelet
                  command: ["kubelet"]
                  args: ["--hostname-override="]
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
                        - ↓--hostname-override=worker-1
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: node-agent}
            spec:
              containers:
                - name: kubelet
                  ↓command: ["hyperkube", "kubelet"]
                  args: ["--hostname-override", "$(NODE_NAME)"]
            """,
        ]
    )) { object, findings in
        for kubelet in object.invocations(of: "kubelet") {
            if let flag = kubelet.flag("--hostname-override"), kubelet.isSet("--hostname-override") {
                findings.wrongFlag(flag, in: kubelet, expected: "no --hostname-override, so the node keeps the host's name")
            }
        }
    }
}
