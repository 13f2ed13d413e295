extension Rule {
    static let serviceAccountKeyFileNotProperlySet = Rule(RuleDescription(
        id: "dab4ec72-ce2e-4732-b7c3-1757dcce01a1",
        slug: "service_account_key_file_not_properly_set",
        name: "Service account key file not properly set",
        severity: .medium,
        category: "Secret Management",
        summary: "kube-apiserver names no public key file for verifying service account tokens.",
        help: """
            `--service-account-key-file` holds the public keys kube-apiserver uses to check service \
            account tokens. Without it, the server checks them against the key of its own serving \
            certificate, which ties token signing to that certificate: the two cannot be rotated \
            separately, and renewing the certificate with a new key breaks every token in use.

            **Fix:** set `--service-account-key-file` to the PEM public key matching the \
            controller manager's `--service-account-private-key-file`, e.g. \
            `--service-account-key-file=/etc/kubernetes/pki/sa.pub` (several keys may be given \
            while rotating).
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/",
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
                    - --service-account-key-file=/etc/kubernetes/pki/sa.pub
                    - --service-account-signing-key-file=/etc/kubernetes/pki/sa.key
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
                    - --service-account-signing-key-file=/etc/kubernetes/pki/sa.key
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.isSet("--service-account-key-file") {
            findings.missingFlag("--service-account-key-file", in: apiserver)
        }
    }
}
