extension Rule {
    static let etcdTLSCertificateFilesNotProperlySet = Rule(RuleDescription(
        id: "075ca296-6768-4322-aea2-ba5063b969a9",
        slug: "etcd_tls_certificate_files_not_properly_set",
        name: "etcd TLS certificate files not properly set",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "etcd serves its clients without a certificate and key of its own.",
        help: """
            Without `--cert-file` and `--key-file` etcd's client port speaks plain text: the API \
            server's requests and etcd's answers, Secrets included, cross the network unencrypted \
            and clients cannot check they reached the real etcd.

            **Fix:** give etcd a serving certificate signed by the etcd CA and its key, e.g. \
            `--cert-file=/etc/kubernetes/pki/etcd/server.crt` and \
            `--key-file=/etc/kubernetes/pki/etcd/server.key`.
            """,
        references: ["https://etcd.io/docs/latest/op-guide/security/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd, namespace: kube-system}
            spec:
              containers:
                - name: etcd
                  command:
                    - etcd
                    - --cert-file=/etc/kubernetes/pki/etcd/server.crt
                    - --key-file=/etc/kubernetes/pki/etcd/server.key
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd, namespace: kube-system}
            spec:
              containers:
                - name: etcd
                  ↓command:
                    - etcd
                    - --cert-file=/etc/kubernetes/pki/etcd/server.crt
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd}
            spec:
              containers:
                - name: etcd
                  ↓↓command: ["etcd"]
                  args: ["--key-file="]
            """,
        ]
    )) { object, findings in
        for etcd in object.invocations(of: "etcd") {
            for flag in ["--cert-file", "--key-file"] where !etcd.isSet(flag) {
                findings.missingFlag(flag, in: etcd)
            }
        }
    }
}
