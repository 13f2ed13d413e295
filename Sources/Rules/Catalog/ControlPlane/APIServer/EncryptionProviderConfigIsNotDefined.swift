extension Rule {
    static let encryptionProviderConfigIsNotDefined = Rule(RuleDescription(
        id: "cbd2db69-0b21-4c14-8a40-7710a50571a9",
        slug: "encryption_provider_config_is_not_defined",
        name: "Encryption provider config is not defined",
        severity: .medium,
        category: "Encryption",
        summary: "kube-apiserver stores Secrets in etcd without encryption at rest.",
        help: """
            Without an encryption configuration, kube-apiserver writes Secrets to etcd as they \
            are, base64 being an encoding, not a cipher. Anyone who can read etcd's data \
            directory, a snapshot or a backup can read every password, token and key in the \
            cluster.

            **Fix:** set `--encryption-provider-config` to an `EncryptionConfiguration` that \
            encrypts `secrets` with a KMS provider, or with `aescbc`/`secretbox` as a minimum, e.g. \
            `--encryption-provider-config=/etc/kubernetes/enc/encryption-config.yaml`, then rewrite \
            existing Secrets so they are stored encrypted.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - --encryption-provider-config=/etc/kubernetes/enc/encryption-config.yaml
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command:
                    - kube-apiserver
                    - --etcd-servers=https://127.0.0.1:2379
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.isSet("--encryption-provider-config") {
            findings.missingFlag("--encryption-provider-config", in: apiserver)
        }
    }
}
