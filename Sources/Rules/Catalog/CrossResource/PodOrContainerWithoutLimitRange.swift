extension Rule {
    static let podOrContainerWithoutLimitRange = Rule(RuleDescription(
        id: "4a20ebac-1060-4c81-95d1-1f7f620e983b",
        slug: "pod_or_container_without_limit_range",
        name: "Pod or container without LimitRange",
        severity: .low,
        category: "Insecure Configurations",
        summary: "A workload or volume claim is placed in a namespace that has no LimitRange to give its containers default and maximum resources.",
        help: """
            A LimitRange gives every container created in its namespace default requests and \
            limits when it writes none, and refuses containers and volume claims above a \
            maximum. Without one, a container that forgets its `resources` runs unbounded and \
            can starve its neighbours on the node, and one claim can ask for all the storage.

            The rule looks at Pods, workloads, CronJobs and PersistentVolumeClaims and asks for \
            a `LimitRange` in the same namespace (a manifest without a namespace is taken to be \
            in `default`). Only the manifests of one scan are known: a LimitRange managed with \
            the namespace elsewhere is not seen, and a finding can then be suppressed for the \
            path in the configuration.

            **Fix:** add a `LimitRange` to the namespace with `default`, `defaultRequest` and \
            `max` for `type: Container` (and `type: PersistentVolumeClaim` for storage).
            """,
        references: ["https://kubernetes.io/docs/concepts/policy/limit-range/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: api, namespace: shop}
            spec:
              containers:
                - {name: api, image: registry.example.com/api:2.3}
            ---
            apiVersion: v1
            kind: LimitRange
            metadata: {name: container-defaults, namespace: shop}
            spec:
              limits:
                - type: Container
                  default: {cpu: 500m, memory: 256Mi}
                  defaultRequest: {cpu: 100m, memory: 128Mi}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
              ↓namespace: shop
            spec:
              containers:
                - {name: api, image: registry.example.com/api:2.3}
            ---
            apiVersion: v1
            kind: LimitRange
            metadata: {name: container-defaults, namespace: staging}
            spec:
              limits:
                - type: Container
                  default: {cpu: 500m, memory: 256Mi}
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.drawsOnNamespaceResources ? .objects(ofKinds: ["LimitRange"]) : .nothing
    }) { object, findings in
        findings.missingNamespacePolicy("LimitRange", of: object,
                                        expected: "a LimitRange there giving containers default and maximum resources")
    }
}
