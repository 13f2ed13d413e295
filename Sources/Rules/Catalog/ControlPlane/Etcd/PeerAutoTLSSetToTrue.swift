extension Rule {
    static let peerAutoTLSSetToTrue = Rule(RuleDescription(
        id: "ae8827e2-4af9-4baa-9998-87539ae0d6f0",
        slug: "peer_auto_tls_set_to_true",
        name: "Peer auto TLS set to true",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "etcd talks to its peers with a self-signed certificate it generates itself.",
        help: """
            With `--peer-auto-tls=true` each etcd member makes up its own certificate for the peer \
            port. Members cannot check one another, so any host that reaches the peer port can pose \
            as a member, join replication and read or rewrite the cluster's data.

            **Fix:** remove `--peer-auto-tls` (or set `--peer-auto-tls=false`) and give every member \
            a certificate signed by the etcd CA with `--peer-cert-file`, `--peer-key-file` and \
            `--peer-trusted-ca-file`, e.g. `--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt`.
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
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd}
            spec:
              containers:
                - name: etcd
                  command: ["etcd", "--peer-auto-tls=false"]
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
                  command:
                    - etcd
                    - ↓--peer-auto-tls=true
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
                      command: ["/bin/sh", "-c", ↓"exec etcd --name=$(POD_NAME) --peer-auto-tls"]
            """,
        ]
    )) { object, findings in
        for etcd in object.invocations(of: "etcd") {
            if let flag = etcd.flag("--peer-auto-tls"), etcd.boolValue(of: "--peer-auto-tls") == true {
                findings.wrongFlag(flag, in: etcd, expected: "--peer-auto-tls=false with --peer-cert-file and --peer-key-file")
            }
        }
    }
}
