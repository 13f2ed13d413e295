extension Rule {
    static let statefulSetRequestsStorage = Rule(RuleDescription(
        id: "8cf4671a-cf3d-46fc-8389-21e7405063a2",
        slug: "statefulset_requests_storage",
        name: "StatefulSet requests storage",
        severity: .low,
        category: "Build Process",
        summary: "A StatefulSet's volume claim template requests storage for every replica.",
        help: """
            Each replica of a StatefulSet gets its own PersistentVolumeClaim from each volume \
            claim template, with the size the template requests. Those claims are not part of \
            the pods: they stay, and are paid for, when the StatefulSet scales down or is \
            deleted (unless `persistentVolumeClaimRetentionPolicy` says otherwise), the \
            template cannot be edited once the StatefulSet exists, and most storage classes \
            can grow a volume but never shrink it.

            The rule reports the `storage` request of each volume claim template, so that the \
            size, the storage class and the claims' lifetime get a deliberate review.

            **Fix:** check the size and storage class against what each replica needs, set \
            `persistentVolumeClaimRetentionPolicy` for what should happen to the claims, and \
            suppress the finding once reviewed.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: cache}
            spec:
              serviceName: cache
              selector:
                matchLabels: {app: cache}
              template:
                metadata:
                  labels: {app: cache}
                spec:
                  containers:
                    - name: cache
                      image: example/cache:1.0
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - name: db
                      image: example/db:1.0
              volumeClaimTemplates:
                - metadata: {name: data}
                  spec:
                    accessModes: [ReadWriteOnce]
                    resources:
                      requests:
                        ↓storage: 10Gi
            """,
        ]
    )) { object, findings in
        for template in object.volumeClaimTemplates?.templates ?? [] {
            guard let storage = template.storageRequest else { continue }
            findings.add("\(object.identity) requests \(storage.value.scalar ?? "") of storage for each replica's claim '\(template.name)', which outlives its pods; expected a reviewed size, storage class and persistentVolumeClaimRetentionPolicy.",
                         at: storage.key, scope: template.node, object: object)
        }
    }
}
