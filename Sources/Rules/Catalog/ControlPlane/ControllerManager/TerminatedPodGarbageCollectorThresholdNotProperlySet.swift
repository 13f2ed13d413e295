/// The controller manager's own default: a threshold above it keeps even more terminated pods.
private let defaultTerminatedPodThreshold = 12_500

extension Rule {
    static let terminatedPodGarbageCollectorThresholdNotProperlySet = Rule(RuleDescription(
        id: "49113af4-29ca-458e-b8d4-724c01a4a24f",
        slug: "terminated_pod_garbage_collector_threshold_not_properly_set",
        name: "Terminated pod garbage collector threshold not properly set",
        severity: .medium,
        category: "Availability",
        summary: "kube-controller-manager keeps too many terminated pods, or never removes them.",
        help: """
            Finished and failed pods stay in etcd until the terminated pod garbage collector \
            removes them, which it starts doing once there are more than \
            `--terminated-pod-gc-threshold` of them. The default, 12,500, lets them pile up and \
            slow down the API server and etcd on most clusters; zero or less turns the collector off.

            **Fix:** set `--terminated-pod-gc-threshold` on kube-controller-manager to a positive \
            number sized for the cluster, no higher than 12,500, e.g. \
            `--terminated-pod-gc-threshold=10`.
            """,
        references: ["https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command:
                    - kube-controller-manager
                    - --terminated-pod-gc-threshold=10
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager}
            spec:
              containers:
                - name: kube-controller-manager
                  command: ["kube-controller-manager"]
                  args: ["--terminated-pod-gc-threshold", "500"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command:
                    - kube-controller-manager
                    - ↓--terminated-pod-gc-threshold=0
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager}
            spec:
              containers:
                - name: kube-controller-manager
                  ↓command: ["kube-controller-manager"]
                  args: ["--terminated-pod-gc-threshold=20000"]
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager}
            spec:
              containers:
                - name: kube-controller-manager
                  ↓command: ["kube-controller-manager", "--root-ca-file=/etc/kubernetes/pki/ca.crt"]
            """,
        ]
    )) { object, findings in
        let expected = "a positive number no higher than \(defaultTerminatedPodThreshold), e.g. 10"
        for controllerManager in object.invocations(of: "kube-controller-manager") {
            guard let flag = controllerManager.flag("--terminated-pod-gc-threshold") else {
                findings.missingFlag("--terminated-pod-gc-threshold", in: controllerManager, expected: "set to \(expected)")
                continue
            }
            let threshold = controllerManager.intValue(of: "--terminated-pod-gc-threshold")
            if !(1 ... defaultTerminatedPodThreshold).contains(threshold ?? 0) {
                findings.wrongFlag(flag, in: controllerManager, expected: expected)
            }
        }
    }
}
