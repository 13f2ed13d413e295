extension Rule {
    static let etcdPeerTLSCertificateFilesNotProperlySet = Rule(RuleDescription(
        id: "09bb9e96-8da3-4736-b89a-b36814acca60",
        slug: "etcd_peer_tls_certificate_files_not_properly_set",
        name: "etcd peer TLS certificate files not properly set",
        severity: .high,
        category: "Networking and Firewall",
        summary: "etcd talks to its peers without a certificate and key of its own.",
        help: """
            etcd members replicate the whole cluster state over the peer port. Without \
            `--peer-cert-file` and `--peer-key-file` that traffic, Secrets included, is plain text, \
            and members cannot prove to one another who they are.

            **Fix:** give every member a peer certificate signed by the etcd CA and its key, e.g. \
            `--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt` and \
            `--peer-key-file=/etc/kubernetes/pki/etcd/peer.key`.
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
                    - --peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt
                    - --peer-key-file=/etc/kubernetes/pki/etcd/peer.key
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
                    - --peer-key-file=/etc/kubernetes/pki/etcd/peer.key
            """,
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: etcd}
            spec:
              template:
                spec:
                  containers:
                    - name: etcd
                      ↓↓command: ["etcd"]
                      args: ["--name=etcd-0"]
            """,
        ]
    )) { object, findings in
        for etcd in object.invocations(of: "etcd") {
            for flag in ["--peer-cert-file", "--peer-key-file"] where !etcd.isSet(flag) {
                findings.missingFlag(flag, in: etcd)
            }
        }
    }
}
