extension Rule {
    static let workloadHostPortNotSpecified = Rule(RuleDescription(
        id: "2b1836f1-dcce-416e-8e16-da8c71920633",
        slug: "workload_host_port_not_specified",
        name: "Workload host port not specified",
        severity: .low,
        category: "Networking and Firewall",
        summary: "A container binds a port of its node with hostPort.",
        help: """
            A `hostPort` opens the container's port on the node's own addresses. It bypasses \
            the Services and NetworkPolicies that usually decide who reaches a pod, can be \
            reached from outside the cluster wherever the node can, and limits scheduling: two \
            pods asking for the same host port and address never share a node, so replicas \
            stay pending.

            The rule reports each container with a `ports` entry whose `hostPort` is set to \
            anything but 0.

            **Fix:** remove `hostPort` and reach the pod through a Service (`ClusterIP`, or \
            `NodePort`/`LoadBalancer` when it must be reached from outside). Node agents that \
            must listen on the node use `hostNetwork` deliberately, in a controlled namespace.
            """,
        references: ["https://kubernetes.io/docs/concepts/configuration/overview/#services"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - containerPort: 80
                    - containerPort: 443
                      hostPort: 0
            """,
        ],
        triggeringExamples: [
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
                      ↓ports:
                        - containerPort: 80
                          hostPort: 8080
                        - containerPort: 443
                          hostPort: 8443
                    - name: sidecar
                      image: example/sidecar:1.0
                      ports:
                        - containerPort: 9090
            """,
        ]
    )) { object, findings in
        for container in object.containers(ContainerKind.allCases) {
            let bound = container.hostPorts
            guard !bound.isEmpty, let ports = container.portsKey else { continue }
            let list = bound.map { "\($0["hostPort"]?.scalar ?? "?")" }.joined(separator: ", ")
            findings.add("\(container.displayName) binds host port \(list) on its node; expected no hostPort, and a Service in front of the pod.",
                         at: ports, scope: container.node, object: object, container: container)
        }
    }
}
