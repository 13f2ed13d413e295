extension Rule {
    static let serviceWithExternalLoadBalancer = Rule(RuleDescription(
        id: "26763a1c-5dda-4772-b507-5fca7fb5f165",
        slug: "service_with_external_load_balancer",
        name: "Service with external load balancer",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "A LoadBalancer Service gets a load balancer with a public address.",
        help: """
            A Service of type `LoadBalancer` asks the cloud provider for a load balancer. Unless \
            an annotation asks for an internal one, most providers give it a public address, \
            so the application becomes reachable from the internet as soon as it is applied, \
            often without anyone having meant it to be.

            The rule reports a `LoadBalancer` Service without an annotation that asks for an \
            internal load balancer: `cloud.google.com/load-balancer-type` or \
            `networking.gke.io/load-balancer-type` set to `Internal` (Google), \
            `service.beta.kubernetes.io/aws-load-balancer-internal` set to anything but `false` \
            or `service.beta.kubernetes.io/aws-load-balancer-scheme: internal` (AWS), \
            `service.beta.kubernetes.io/azure-load-balancer-internal: "true"` (Azure), and the \
            equivalents for Oracle, OpenStack, IBM and Alibaba clouds. It points at the \
            `annotations`, where the annotation belongs, or at the Service's name when there \
            are none.

            **Fix:** add your provider's internal load balancer annotation, or, when the \
            application is meant to be public, restrict who may connect with \
            `spec.loadBalancerSourceRanges` and suppress the finding for that Service. On \
            premises, where the load balancer (MetalLB, for instance) hands out private \
            addresses, suppress the rule for those paths in `.ci-reporter.yml`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              annotations:
                networking.gke.io/load-balancer-type: Internal
            spec:
              type: LoadBalancer
              selector: {app: api}
              ports:
                - port: 443
            """,
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              annotations:
                service.beta.kubernetes.io/aws-load-balancer-scheme: internal
            spec:
              type: LoadBalancer
              ports:
                - port: 443
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: ↓api
            spec:
              type: LoadBalancer
              ports:
                - port: 443
            """,
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              ↓annotations:
                service.beta.kubernetes.io/azure-load-balancer-internal: "false"
            spec:
              type: LoadBalancer
              ports:
                - port: 443
            """,
        ]
    )) { object, findings in
        guard let service = object.service, service.type == "LoadBalancer", !service.asksForInternalLoadBalancer else { return }
        let location = object.metadata?.entry("annotations")?.key ?? object.nameLocation
        findings.add("\(object.identity) is a LoadBalancer Service without an annotation asking for an internal load balancer, so it gets a public address; expected your provider's internal load balancer annotation.",
                     at: location, scope: object.node, object: object)
    }
}
