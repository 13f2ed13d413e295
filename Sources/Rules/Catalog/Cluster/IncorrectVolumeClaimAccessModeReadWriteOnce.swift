extension Rule {
    static let incorrectVolumeClaimAccessModeReadWriteOnce = Rule(RuleDescription(
        id: "3878dc92-8e5d-47cf-9cdd-7590f71d21b9",
        slug: "incorrect_volume_claim_access_mode_read_write_once",
        name: "Incorrect volume claim access mode ReadWriteOnce",
        severity: .medium,
        category: "Build Process",
        summary: "None of a StatefulSet's volume claim templates asks for ReadWriteOnce access.",
        help: """
            A StatefulSet gives every replica its own claim from each template, so each volume \
            has one writer: `ReadWriteOnce` (one node) or `ReadWriteOncePod` (one pod) is the \
            access mode that fits. A template that asks only for `ReadWriteMany` or \
            `ReadOnlyMany` needs a storage class that supports shared access, and binding fails \
            where none does; a mode that does not exist (`ReadWrite`) or none at all is refused \
            by the API server.

            The rule reports, at `volumeClaimTemplates`, a StatefulSet none of whose templates \
            asks for `ReadWriteOnce` or `ReadWriteOncePod`, naming them and their modes. A \
            template for shared access next to one of those is left alone.

            **Fix:** set `accessModes: [ReadWriteOnce]` (or `ReadWriteOncePod`) in each volume \
            claim template.
            """,
        references: ["https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],
        nonTriggeringExamples: [
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
                    resources: {requests: {storage: 10Gi}}
                - metadata: {name: wal}
                  spec:
                    accessModes: [ReadWriteOncePod]
                    resources: {requests: {storage: 1Gi}}
                - metadata: {name: shared}
                  spec:
                    accessModes: [ReadWriteMany]
                    resources: {requests: {storage: 1Gi}}
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
              ↓volumeClaimTemplates:
                - metadata: {name: data}
                  spec:
                    accessModes: [ReadWrite]
                    resources: {requests: {storage: 10Gi}}
            """,
        ]
    )) { object, findings in
        guard let claims = object.volumeClaimTemplates else { return }
        // A template for shared access next to a replica's own volume is a choice; none of
        // them being the replica's own is what the rule is about.
        guard !claims.templates.isEmpty, !claims.templates.contains(where: \.isWritableByOneReplica) else { return }
        let names = claims.templates.map { "'\($0.name)' (\($0.accessModes.isEmpty ? "no access mode" : $0.accessModes.joined(separator: ", ")))" }
        findings.add("\(object.identity) has no volume claim template with ReadWriteOnce access: \(names.joined(separator: ", ")); expected accessModes [ReadWriteOnce] or [ReadWriteOncePod] for each replica's own volume.",
                     at: claims.key, scope: object.node, object: object)
    }
}
