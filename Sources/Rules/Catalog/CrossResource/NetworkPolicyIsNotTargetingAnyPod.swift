import YAML

extension Rule {
    static let networkPolicyIsNotTargetingAnyPod = Rule(RuleDescription(
        id: "85ab1c5b-014e-4352-b5f8-d7dea3bb4fd3",
        slug: "network_policy_is_not_targeting_any_pod",
        name: "Network policy without Pod target",
        severity: .low,
        category: "Networking and Firewall",
        summary: "A NetworkPolicy's podSelector selects none of the pods deployed with it, so it isolates nothing.",
        help: """
            A NetworkPolicy applies only to the pods its `podSelector` selects in its own \
            namespace. A label misspelt, or left behind when the workload's labels changed, \
            makes the policy select nothing: it is accepted without complaint, and the pods it \
            was written for keep accepting traffic from anywhere.

            The rule compares the policy's `podSelector` with the pod labels of every Pod, \
            workload template and CronJob of the scan in the policy's namespace (a manifest \
            without a namespace is taken to be in `default`). It points at each `matchLabels` \
            entry that no such pod carries, or at the selector when each label is carried but \
            no pod carries them all. An empty `podSelector` selects every pod and is never \
            reported, nor is a policy in a namespace where the scan deploys no pods: its \
            pods are defined elsewhere.

            **Fix:** make the `podSelector` match the labels of the pod template it is meant to \
            isolate, or remove the policy.
            """,
        references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: db, namespace: shop}
            spec:
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - {name: postgres, image: postgres:16}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: db-ingress, namespace: shop}
            spec:
              podSelector:
                matchLabels: {app: db}
              policyTypes: [Ingress]
              ingress:
                - from:
                    - podSelector: {matchLabels: {app: api}}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: db, namespace: shop}
            spec:
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - {name: postgres, image: postgres:16}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: db-ingress, namespace: shop}
            spec:
              podSelector:
                matchLabels:
                  ↓app: database
              policyTypes: [Ingress]
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.kind == "NetworkPolicy" ? .podRunners : .nothing
    }) { object, findings in
        guard object.kind == "NetworkPolicy", let spec = object.spec, let selectorEntry = spec.entry("podSelector"),
              let selector = object.labelSelector, !selector.isEmpty else { return }
        let neighbours = findings.context.podRunners(inNamespaceOf: object)
        guard !neighbours.isEmpty, findings.context.podRunners(selectedBy: object).isEmpty else { return }
        let labelSets = neighbours.flatMap(\.podLabelSets)
        var unmatched: [(key: Node, value: Node)] = []
        for pair in selectorEntry.value["matchLabels"]?.pairs ?? [] {
            guard let key = pair.key.scalar, let value = pair.value.scalar else { continue }
            if !labelSets.contains(where: { $0[key] == value }) { unmatched.append(pair) }
        }
        let namespace = object.effectiveNamespace
        for pair in unmatched {
            findings.add("\(object.identity) selects pods labelled \(pair.key.scalar ?? "")=\(pair.value.scalar ?? ""), but no pod of namespace '\(namespace)' in this scan carries that label, so the policy isolates nothing; expected a podSelector matching the pods it guards.",
                         at: pair.key, scope: object.node, object: object)
        }
        if unmatched.isEmpty {
            findings.add("\(object.identity) has a podSelector that selects no pod of namespace '\(namespace)' in this scan, so the policy isolates nothing; expected a podSelector matching the pods it guards.",
                         at: selectorEntry.value.entry("matchLabels")?.key ?? selectorEntry.key, scope: object.node, object: object)
        }
    }
}
