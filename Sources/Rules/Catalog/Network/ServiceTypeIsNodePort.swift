extension Rule {
    static let serviceTypeIsNodePort = Rule(RuleDescription(
        id: "845acfbe-3e10-4b8e-b656-3b404d36dfb2",
        slug: "service_type_is_nodeport",
        name: "Service type is NodePort",
        severity: .low,
        category: "Networking and Firewall",
        summary: "A Service is of type NodePort, which opens its port on every node.",
        help: """
            A `NodePort` Service opens the same port (30000–32767 by default) on every node of \
            the cluster and forwards it to the Service's pods. Anyone who can reach any node's \
            address reaches the application, past whatever the cluster's ingress or load \
            balancer would enforce, and the node's firewall rules become the only barrier.

            The rule reports a Service whose `spec.type` is `NodePort`.

            **Fix:** use a `ClusterIP` Service (the default) for traffic inside the cluster, and \
            expose it through an Ingress, a Gateway or a `LoadBalancer` Service when it must be \
            reached from outside.
            """,
        references: ["https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports:
                - port: 80
                  targetPort: 8080
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: ↓NodePort
              selector: {app: web}
              ports:
                - port: 80
                  nodePort: 30080
            """,
        ]
    )) { object, findings in
        guard let service = object.service, service.type == "NodePort", let type = service.typeEntry?.value else { return }
        findings.add("\(object.identity) is of type NodePort, which opens its port on every node; expected ClusterIP behind an Ingress or a load balancer.",
                     at: type, scope: object.node, object: object)
    }
}
