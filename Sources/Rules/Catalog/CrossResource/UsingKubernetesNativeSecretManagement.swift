extension Rule {
    static let usingKubernetesNativeSecretManagement = Rule(RuleDescription(
        id: "b9c83569-459b-4110-8f79-6305aa33cb37",
        slug: "using_kubernetes_native_secret_management",
        name: "Using Kubernetes native secret management",
        severity: .info,
        category: "Secret Management",
        summary: "A Secret is written in the manifests, and the scan holds no external secret store to keep it in.",
        help: """
            A Secret in a manifest puts its value (base64 is an encoding, not encryption) in \
            the repository, in every clone and in CI logs that print it; in the cluster it is \
            stored in etcd, unencrypted unless encryption at rest is set up, and readable by \
            anyone allowed to `get` Secrets in its namespace. An external store (Vault, a \
            cloud's secret manager) keeps the value out of the repository, audits who reads it \
            and rotates it.

            A Secret is reported when no object of the scan sets up such a store: an External \
            Secrets Operator `SecretStore` or `ClusterSecretStore` with a `provider`, or a \
            Secrets Store CSI driver `SecretProviderClass` with a `provider`. Secrets of type \
            `kubernetes.io/service-account-token`, which only ask the cluster to fill in a \
            token, are not reported.

            **Fix:** keep the value in an external secret manager and bring it into the \
            cluster with the External Secrets Operator or the Secrets Store CSI driver, \
            instead of writing the Secret in the manifests.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
            "https://secrets-store-csi-driver.sigs.k8s.io/",
            "https://external-secrets.io/",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: external-secrets.io/v1beta1
            kind: SecretStore
            metadata: {name: vault, namespace: shop}
            spec:
              provider:
                vault:
                  server: https://vault.example.com
                  path: secret
                  auth: {kubernetes: {mountPath: kubernetes, role: shop}}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: db, namespace: shop}
            stringData: {password: placeholder}
            """,
            """
            apiVersion: v1
            kind: Secret
            metadata:
              name: ci-token
              annotations: {kubernetes.io/service-account.name: ci}
            type: kubernetes.io/service-account-token
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Secret
            metadata:
              name: ↓db
            stringData:
              password: s3cr3t
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.kind == "Secret" ? .objects(ofKinds: ["SecretStore", "ClusterSecretStore", "SecretProviderClass"]) : .nothing
    }) { object, findings in
        guard object.kind == "Secret", object.apiVersion == "v1",
              object.node["type"]?.scalar != "kubernetes.io/service-account-token" else { return }
        guard !findings.context.setsUpExternalSecretStore else { return }
        findings.add("\(object.identity) is written in the manifests and no external secret store is set up in the scan; expected the value kept in an external secret manager.",
                     at: object.nameLocation, scope: object.node, object: object)
    }
}
