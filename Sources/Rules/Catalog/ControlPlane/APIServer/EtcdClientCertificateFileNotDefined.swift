extension Rule {
    static let etcdClientCertificateFileNotDefined = Rule(RuleDescription(
        id: "3f5ff8a7-5ad6-4d02-86f5-666307da1b20",
        slug: "etcd_client_certificate_file_not_defined",
        name: "etcd client certificate file not defined",
        severity: .medium,
        category: "Secret Management",
        summary: "kube-apiserver does not verify etcd's certificate against a CA of its own.",
        help: """
            etcd holds the whole state of the cluster, Secrets included. `--etcd-cafile` is the \
            certificate authority kube-apiserver uses to check that the etcd it talks to is the \
            real one. Without it, the server cannot tell etcd from an impostor on the network \
            path, which could then read and rewrite the cluster's state.

            **Fix:** set `--etcd-cafile` to the CA that signed etcd's serving certificate, e.g. \
            `--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt`.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters",
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
                    - --etcd-servers=https://127.0.0.1:2379
                    - --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt
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
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.isSet("--etcd-cafile") {
            findings.missingFlag("--etcd-cafile", in: apiserver)
        }
    }
}
