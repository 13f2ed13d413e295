extension Rule {
    static let sharedHostPIDNamespace = Rule(RuleDescription(
        id: "302736f4-b16c-41b8-befe-c0baffa0bd9d",
        slug: "shared_host_pid_namespace",
        name: "Shared host PID namespace",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A pod shares the node's process ID namespace.",
        help: """
            With `hostPID: true` the pod's containers see every process on the node, including \
            other pods' processes and the kubelet. They can read those processes' environment \
            and command lines (where secrets often sit), and a container running as root can \
            signal or trace them, which is a short step to taking over the node.

            **Fix:** remove `hostPID` from the pod spec or set `hostPID: false`. Node agents that \
            really need it belong in a dedicated, tightly controlled namespace.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              hostPID: false
              containers:
                - name: web
                  image: nginx:1.27
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: debug}
            spec:
              hostPID: ↓true
              containers:
                - name: shell
                  image: busybox:1.36
            """,
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: node-agent, namespace: monitoring}
            spec:
              template:
                spec:
                  hostPID: ↓true
                  containers:
                    - name: agent
                      image: example/agent:2.1
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs {
            if let shared = podSpec.sharing(.pid) {
                findings.add("\(object.identity) shares the node's process ID namespace (hostPID: \(shared.value.scalar ?? "true")); expected hostPID unset or false.",
                             at: shared.value, scope: podSpec.node, object: object)
            }
        }
    }
}
