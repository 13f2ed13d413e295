extension Rule {
    static let encryptionProviderNotProperlyConfigured = Rule(RuleDescription(
        id: "10efce34-5af6-4d83-b414-9e096d5a06a9",
        slug: "encryption_provider_not_properly_configured",
        name: "Encryption provider not properly configured",
        severity: .medium,
        category: "Encryption",
        summary: "An encryption configuration offers no strong provider for Secrets.",
        help: """
            Secrets are stored in etcd as they are written unless the API server's encryption \
            configuration encrypts them. Anyone who can read etcd, one of its backups or a \
            node's disk can then read every credential of the cluster.

            The rule reads the first `resources` entry that applies to Secrets (`secrets`, \
            `*.` or `*.*`) and reports its `providers` when none of them is `kms`, `secretbox` \
            or `aescbc`: `identity` stores plain text, and `aesgcm` is only safe when its key \
            is rotated every 200,000 writes. It reports the top-level `resources` when no entry \
            applies to Secrets at all. An entry with `identity` first and a strong provider \
            behind it is the documented way to decrypt what was stored; it is left alone.

            **Fix:** put a `kms` (version 2) provider, or `secretbox`, first in the providers \
            for Secrets, keep the old provider after it until every Secret has been rewritten \
            (`kubectl get secrets -A -o json | kubectl replace -f -`), then remove it.
            """,
        references: ["https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/"],
        nonTriggeringExamples: [
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets]
                providers:
                  - secretbox:
                      keys:
                        - name: key1
                          secret: YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY=
                  - identity: {}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [secrets, configmaps]
                ↓providers:
                  - aesgcm:
                      keys:
                        - name: key1
                          secret: c2VjcmV0IGlzIHNlY3VyZQ==
                  - identity: {}
            """,
            """
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            ↓resources:
              - resources: [events]
                providers:
                  - identity: {}
            """,
        ]
    )) { object, findings in
        guard let configuration = object.encryptionConfiguration else { return }
        guard let entry = configuration.secretsEntry else {
            findings.add("\(object.identity) has no entry for Secrets, so they are stored unencrypted; expected a resources entry for secrets with a kms, secretbox or aescbc provider.",
                         at: configuration.resourcesLocation, scope: object.node, object: object)
            return
        }
        let providers = entry.providers
        guard !providers.contains(where: EncryptionConfiguration.strongProviders.contains) else { return }
        let listed = providers.isEmpty ? "no provider" : "only " + providers.joined(separator: ", ")
        findings.add("\(object.identity) lists \(listed) for Secrets, none of which encrypts them without further care; expected a kms, secretbox or aescbc provider.",
                     at: entry.providersKey ?? entry.node, scope: entry.node, object: object)
    }
}
