extension Rule {
    static let podOrContainerWithoutResourceQuota = Rule(RuleDescription(
        id: "48a5beba-e4c0-4584-a2aa-e6894e4cf424",
        slug: "pod_or_container_without_resource_quota",
        name: "Pod or container without ResourceQuota",
        severity: .low,
        category: "Insecure Configurations",
        summary: "A workload or volume claim is placed in a namespace that has no ResourceQuota capping what the namespace may consume.",
        help: """
            A ResourceQuota caps what one namespace may take from the cluster: total CPU and \
            memory, storage, number of pods or Services. Without one, a runaway autoscaler, a \
            crash-looping Job that keeps creating pods or a compromised workload in one \
            namespace can consume the whole cluster and starve every other team's workloads.

            The rule looks at Pods, workloads, CronJobs and PersistentVolumeClaims and asks for \
            a `ResourceQuota` in the same namespace (a manifest without a namespace is taken to \
            be in `default`). Only the manifests of one scan are known: a quota managed with \
            the namespace elsewhere is not seen, and a finding can then be suppressed for the \
            path in the configuration.

            **Fix:** add a `ResourceQuota` to the namespace with `hard` limits on \
            `requests.cpu`, `requests.memory`, `limits.cpu`, `limits.memory`, `pods` and \
            `requests.storage` sized for the application.
            """,
        references: ["https://kubernetes.io/docs/concepts/policy/resource-quotas/"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: shop}
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - {name: api, image: registry.example.com/api:2.3}
            ---
            apiVersion: v1
            kind: ResourceQuota
            metadata: {name: compute, namespace: shop}
            spec:
              hard: {requests.cpu: "4", requests.memory: 8Gi, pods: "20"}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: ↓uploads
            spec:
              accessModes: [ReadWriteOnce]
              resources:
                requests: {storage: 50Gi}
            ---
            apiVersion: v1
            kind: ResourceQuota
            metadata: {name: compute, namespace: shop}
            spec:
              hard: {requests.storage: 100Gi}
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.drawsOnNamespaceResources ? .objects(ofKinds: ["ResourceQuota"]) : .nothing
    }) { object, findings in
        findings.missingNamespacePolicy("ResourceQuota", of: object,
                                        expected: "a ResourceQuota there capping what the namespace may consume")
    }
}
