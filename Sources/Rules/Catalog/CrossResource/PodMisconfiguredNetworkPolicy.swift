extension Rule {
    static let podMisconfiguredNetworkPolicy = Rule(RuleDescription(
        id: "0401f71b-9c1e-4821-ab15-a955caa621be",
        slug: "pod_misconfigured_network_policy",
        name: "Pod misconfigured network policy",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "The NetworkPolicies that select a pod leave its ingress or its egress unrestricted.",
        help: """
            Once a NetworkPolicy selects a pod, the pod is isolated for the directions the \
            policy names in `policyTypes`, and only for those. When `policyTypes` is left out \
            or empty the API server fills in `Ingress` alone (and `Egress` only if the policy \
            has `egress` rules), so a policy written to lock a pod down often still lets it \
            open connections anywhere, which is how a compromised pod reaches other services \
            or exfiltrates data.

            The rule looks at every Pod, workload and CronJob whose pods a NetworkPolicy in \
            their namespace selects (a manifest without a namespace is taken to be in \
            `default`), and asks that those policies together isolate both `Ingress` and \
            `Egress`. A pod no policy selects is not reported here. The finding points at the \
            object's name.

            **Fix:** list both `Ingress` and `Egress` in the `policyTypes` of a policy selecting \
            the pods (a default-deny policy with `podSelector: {}` does it for a whole \
            namespace), then allow the traffic the pods need with `ingress` and `egress` rules.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: worker, namespace: jobs}
            spec:
              containers:
                - {name: worker, image: registry.example.com/worker:1.4}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny, namespace: jobs}
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: ↓worker
              namespace: jobs
              labels: {app: worker}
            spec:
              containers:
                - {name: worker, image: registry.example.com/worker:1.4}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: worker-ingress, namespace: jobs}
            spec:
              podSelector:
                matchLabels: {app: worker}
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.runsPods ? .objects(ofKinds: ["NetworkPolicy"]) : .nothing
    }) { object, findings in
        guard object.runsPods else { return }
        let policies = findings.context.objects(ofKind: "NetworkPolicy", selectingPodsOf: object)
        guard !policies.isEmpty else { return }
        let isolated = policies.reduce(into: Set<PolicyDirection>()) { $0.formUnion($1.policyDirections) }
        let open = PolicyDirection.allCases.filter { !isolated.contains($0) }
        guard !open.isEmpty else { return }
        let names = policies.map { "'\($0.name ?? "")'" }.joined(separator: ", ")
        let directions = open.map(\.rawValue).joined(separator: " and ")
        findings.add("\(object.identity) is selected by NetworkPolicy \(names), which \(policies.count == 1 ? "leaves" : "leave") its \(directions) unrestricted; expected policies isolating both Ingress and Egress.",
                     at: object.nameLocation, scope: object.node, object: object)
    }
}
