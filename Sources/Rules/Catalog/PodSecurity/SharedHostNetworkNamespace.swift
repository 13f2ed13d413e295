extension Rule {
    static let sharedHostNetworkNamespace = Rule(RuleDescription(
        id: "6b6bdfb3-c3ae-44cb-88e4-7405c1ba2c8a",
        slug: "shared_host_network_namespace",
        name: "Shared host network namespace",
        severity: .medium,
        category: "Resource Management",
        summary: "A pod shares the node's network namespace.",
        help: """
            With `hostNetwork: true` the pod's containers use the node's network interfaces. They \
            can listen on any port of the node, reach services bound to the node's loopback \
            address (the kubelet's read-only port, cloud metadata proxies), watch the traffic of \
            other pods, and slip past network policies, which only govern pod networks.

            **Fix:** remove `hostNetwork` from the pod spec or set `hostNetwork: false`, and expose \
            the pod through a Service; use a `hostPort` or a `NodePort` Service when a port on the \
            node is really needed.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              hostNetwork: false
              containers:
                - name: web
                  image: nginx:1.27
            """,
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              template:
                spec:
                  containers:
                    - name: db
                      image: postgres:16
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: sniffer}
            spec:
              hostNetwork: ↓true
              containers:
                - name: tcpdump
                  image: example/tcpdump:4.99
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: ingress, namespace: edge}
            spec:
              template:
                spec:
                  hostNetwork: ↓true
                  containers:
                    - name: proxy
                      image: example/proxy:3.0
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs {
            if let shared = podSpec.sharing(.network) {
                findings.add("\(object.identity) shares the node's network namespace (hostNetwork: \(shared.value.scalar ?? "true")); expected hostNetwork unset or false.",
                             at: shared.value, scope: podSpec.node, object: object)
            }
        }
    }
}
