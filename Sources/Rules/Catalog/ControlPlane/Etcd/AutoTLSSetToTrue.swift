extension Rule {
    static let autoTLSSetToTrue = Rule(RuleDescription(
        id: "98ce8b81-7707-4734-aa39-627c6db3d84b",
        slug: "auto_tls_set_to_true",
        name: "Auto TLS set to true",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "etcd serves its clients with a self-signed certificate it generates itself.",
        help: """
            With `--auto-tls=true` etcd makes up its own certificate for the client port. Traffic is \
            encrypted, but no client can tell the real etcd from an impostor, and the certificate \
            proves nothing about who holds the keys to the cluster's data.

            **Fix:** remove `--auto-tls` (or set `--auto-tls=false`) and give etcd a certificate \
            signed by the etcd CA with `--cert-file` and `--key-file`, e.g. \
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
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd}
            spec:
              containers:
                - name: etcd
                  command: ["/usr/local/bin/etcd"]
                  args: ["--auto-tls=false"]
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
                    - ↓--auto-tls=true
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
                      ↓command: ["etcd"]
                      args: ["--name=etcd-0", "--auto-tls"]
            """,
        ]
    )) { object, findings in
        for etcd in object.invocations(of: "etcd") {
            if let flag = etcd.flag("--auto-tls"), etcd.boolValue(of: "--auto-tls") == true {
                findings.wrongFlag(flag, in: etcd, expected: "--auto-tls=false with --cert-file and --key-file")
            }
        }
    }
}
