extension Rule {
    static let kubeletEventQPSNotProperlySet = Rule(RuleDescription(
        id: "1a07a446-8e61-4e4d-bc16-b0781fcb8211",
        slug: "kubelet_event_qps_not_properly_set",
        name: "Kubelet event QPS not properly set",
        severity: .low,
        category: "Observability",
        summary: "The kubelet drops events beyond a fixed rate per second.",
        help: """
            The kubelet records what happens to pods and the node as events — failed mounts, image \
            pulls, evictions, probe failures. With an event rate limit it silently drops what goes \
            over the limit, and in a burst (an attack, a crash loop) those are the events an \
            investigation needs. A limit of 0 records every event.

            **Fix:** set `eventRecordQPS: 0` in the KubeletConfiguration, or `--event-qps=0` on the \
            command line.
            """,
        references: ["https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/"],
        nonTriggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            eventRecordQPS: 0
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
                      args: ["--event-qps=0"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            ↓eventRecordQPS: 5
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            ↓kind: KubeletConfiguration
            readOnlyPort: 0
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
                        - ↓--event-qps=50
            """,
        ]
    )) { object, findings in
        for kubelet in object.invocations(of: "kubelet") {
            if let flag = kubelet.flag("--event-qps"), kubelet.intValue(of: "--event-qps") != 0 {
                findings.wrongFlag(flag, in: kubelet, expected: "--event-qps=0")
            }
        }
        if let configuration = object.kubeletConfiguration {
            if let qps = configuration.eventRecordQPS {
                if qps.value.int != 0 {
                    findings.unsafeSetting(qps, in: configuration, expected: "0")
                }
            } else {
                findings.missingSetting("eventRecordQPS", in: configuration, expected: "0")
            }
        }
    }
}
