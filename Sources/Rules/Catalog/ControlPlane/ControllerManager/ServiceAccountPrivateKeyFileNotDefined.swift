extension Rule {
    static let serviceAccountPrivateKeyFileNotDefined = Rule(RuleDescription(
        id: "ccc98ff7-68a7-436e-9218-185cb0b0b780",
        slug: "service_account_private_key_file_not_defined",
        name: "Service account private key file not defined",
        severity: .medium,
        category: "Encryption",
        summary: "kube-controller-manager runs without a private key to sign service account tokens.",
        help: """
            kube-controller-manager signs the service account tokens it creates with the key given \
            by `--service-account-private-key-file`. Without it, the token controller does not run, \
            and the key that signs tokens cannot be kept apart from the serving keys and rotated on \
            its own.

            **Fix:** run kube-controller-manager with a dedicated signing key, e.g. \
            `--service-account-private-key-file=/etc/kubernetes/pki/sa.key`, whose public half the \
            API server reads with `--service-account-key-file`.
            """,
        references: ["https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command:
                    - kube-controller-manager
                    - --service-account-private-key-file=/etc/kubernetes/pki/sa.key
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  ↓command:
                    - kube-controller-manager
                    - --root-ca-file=/etc/kubernetes/pki/ca.crt
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: controller-manager}
            spec:
              template:
                spec:
                  containers:
                    - name: controller-manager
                      ↓command: ["hyperkube", "kube-controller-manager"]
            """,
        ]
    )) { object, findings in
        for controllerManager in object.invocations(of: "kube-controller-manager")
        where !controllerManager.isSet("--service-account-private-key-file") {
            findings.missingFlag("--service-account-private-key-file", in: controllerManager)
        }
    }
}
