extension Rule {
    static let statefulSetWithoutPodDisruptionBudget = Rule(RuleDescription(
        id: "1db3a5a5-bf75-44e5-9e44-c56cfc8b1ac5",
        slug: "statefulset_without_pod_disruption_budget",
        name: "StatefulSet without PodDisruptionBudget",
        severity: .low,
        category: "Availability",
        summary: "A StatefulSet with several replicas has no PodDisruptionBudget, so a drain may evict enough members to lose quorum.",
        help: """
            StatefulSets usually run replicated stores that keep serving only while a majority \
            of members is up. Node drains and cluster upgrades evict pods through the eviction \
            API, which respects a PodDisruptionBudget; without one, draining a few nodes may \
            evict several members at once and the store loses quorum, or its data is \
            unavailable until the pods are rescheduled and their volumes reattached.

            The rule looks at StatefulSets with more than one `replicas` and asks for a \
            `PodDisruptionBudget` in the same namespace (a manifest without a namespace is \
            taken to be in `default`) whose `selector` selects the pod template's labels. Only \
            the manifests of one scan are known: a budget kept elsewhere is not seen.

            **Fix:** add a `PodDisruptionBudget` (`policy/v1`) in the StatefulSet's namespace \
            whose `selector` matches the template's labels, usually with `maxUnavailable: 1`.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
            "https://kubernetes.io/docs/tutorials/stateful-application/zookeeper/#pod-disruption-budgets",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: zk}
            spec:
              replicas: 3
              serviceName: zk-hs
              selector:
                matchLabels: {app: zk}
              template:
                metadata:
                  labels: {app: zk}
                spec:
                  containers:
                    - name: zookeeper
                      image: zookeeper:3.9
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: zk-pdb}
            spec:
              maxUnavailable: 1
              selector:
                matchExpressions:
                  - {key: app, operator: In, values: [zk]}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: zk}
            spec:
              replicas: 3
              serviceName: zk-hs
              selector:
                ↓matchLabels: {app: zk}
              template:
                metadata:
                  labels: {app: zk}
                spec:
                  containers:
                    - name: zookeeper
                      image: zookeeper:3.9
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: zk-pdb}
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: kafka}
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.kind == "StatefulSet" ? .objects(ofKinds: ["PodDisruptionBudget"]) : .nothing
    }) { object, findings in
        findings.missingDisruptionBudget(of: object, kind: "StatefulSet")
    }
}
