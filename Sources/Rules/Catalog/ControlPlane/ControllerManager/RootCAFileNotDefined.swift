extension Rule {
    static let rootCAFileNotDefined = Rule(RuleDescription(
        id: "05fb986f-ac73-4ebb-a5b2-7faafa93d882",
        slug: "root_ca_file_not_defined",
        name: "Root CA file not defined",
        severity: .medium,
        category: "Encryption",
        summary: "kube-controller-manager runs without a root CA file to hand to service accounts.",
        help: """
            kube-controller-manager puts the cluster's CA bundle, read from `--root-ca-file`, into \
            every service account token it issues and into the `kube-root-ca.crt` ConfigMap of each \
            namespace. Without it, pods have no trusted way to check the API server's certificate \
            and are pushed to skip verification, which opens them to impostors.

            **Fix:** run kube-controller-manager with `--root-ca-file` pointing at the cluster CA, \
            e.g. `--root-ca-file=/etc/kubernetes/pki/ca.crt`.
            """,
        references: ["https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/"],
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
                    - --root-ca-file=/etc/kubernetes/pki/ca.crt
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
                    - --kubeconfig=/etc/kubernetes/controller-manager.conf
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: controller-manager}
            spec:
              containers:
                - name: controller-manager
                  ↓command: ["/hyperkube", "controller-manager"]
                  args: ["--root-ca-file="]
            """,
        ]
    )) { object, findings in
        for controllerManager in object.invocations(of: "kube-controller-manager") where !controllerManager.isSet("--root-ca-file") {
            findings.missingFlag("--root-ca-file", in: controllerManager)
        }
    }
}
