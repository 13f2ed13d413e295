extension Rule {
    static let etcdTLSCertificateNotProperlyConfigured = Rule(RuleDescription(
        id: "895a5a95-3756-4b04-9924-2f3bc93181bd",
        slug: "etcd_tls_certificate_not_properly_configured",
        name: "etcd TLS certificate not properly configured",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "kube-apiserver has no client certificate and key to authenticate to etcd.",
        help: """
            etcd should only accept clients that prove who they are with a certificate, and \
            kube-apiserver is its main client. Without `--etcd-certfile` and `--etcd-keyfile` the \
            API server can only reach an etcd that lets anyone connect, and anyone reaching etcd \
            can read and change everything the cluster stores.

            **Fix:** give kube-apiserver both flags, pointing at a client certificate etcd trusts, \
            e.g. `--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt` and \
            `--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key`, and run etcd with \
            `--client-cert-auth=true`.
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
                    - --etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt
                    - --etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key
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
                    - --etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓↓command: ["kube-apiserver"]
                  args: ["--etcd-servers=https://127.0.0.1:2379"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            for flag in ["--etcd-certfile", "--etcd-keyfile"] where !apiserver.isSet(flag) {
                findings.missingFlag(flag, in: apiserver)
            }
        }
    }
}
