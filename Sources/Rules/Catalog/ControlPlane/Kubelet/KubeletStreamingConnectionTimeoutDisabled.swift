extension Rule {
    static let kubeletStreamingConnectionTimeoutDisabled = Rule(RuleDescription(
        id: "ed89b97d-04e9-4fd4-919f-ee5b27e555e9",
        slug: "kubelet_streaming_connection_timeout_disabled",
        name: "Kubelet streaming connection timeout disabled",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "The kubelet keeps idle exec, attach and port-forward streams open forever.",
        help: """
            `kubectl exec`, `attach` and `port-forward` hold a streaming connection to the kubelet. \
            With an idle timeout of zero a forgotten or abandoned session never closes: it keeps a \
            way into the container open and ties up the node's resources until someone notices.

            **Fix:** give idle streams a timeout: remove the zero value (the default is `4h0m0s`) \
            or pick a shorter one, e.g. `streamingConnectionIdleTimeout: 5m` in the \
            KubeletConfiguration or `--streaming-connection-idle-timeout=5m` on the command line.
            """,
        references: ["https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/"],
        nonTriggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            streamingConnectionIdleTimeout: 5m
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
                      command: ["kubelet", "--streaming-connection-idle-timeout=30m"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            ↓streamingConnectionIdleTimeout: 0s
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
                        - ↓--streaming-connection-idle-timeout=0h0m0s
            """,
        ]
    )) { object, findings in
        for kubelet in object.invocations(of: "kubelet") {
            if let flag = kubelet.flag("--streaming-connection-idle-timeout"),
               let timeout = kubelet.durationValue(of: "--streaming-connection-idle-timeout"), timeout <= .zero {
                findings.wrongFlag(flag, in: kubelet, expected: "a positive timeout such as --streaming-connection-idle-timeout=5m")
            }
        }
        if let configuration = object.kubeletConfiguration, let timeout = configuration.streamingConnectionIdleTimeout,
           let seconds = timeout.value.scalar.flatMap(GoValue.duration), seconds <= .zero {
            findings.unsafeSetting(timeout, in: configuration, expected: "a positive duration such as 5m")
        }
    }
}
