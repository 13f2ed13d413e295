extension Rule {
    static let etcdClientCertificateAuthenticationSetToFalse = Rule(RuleDescription(
        id: "9391103a-d8d7-4671-ac5d-606ba7ccb0ac",
        slug: "etcd_client_certificate_authentication_set_to_false",
        name: "etcd client certificate authentication set to false",
        severity: .medium,
        category: "Secret Management",
        summary: "etcd accepts clients without checking their certificates.",
        help: """
            etcd holds every object of the cluster, Secrets included. Unless `--client-cert-auth` \
            is on, etcd serves any client that reaches its port, so anything on the network path can \
            read and change the whole cluster state without going through the API server.

            **Fix:** run etcd with `--client-cert-auth=true` and a CA to check clients against, \
            e.g. `--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt`.
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
                    - --client-cert-auth=true
                    - --trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd}
            spec:
              containers:
                - name: etcd
                  command: ["etcd"]
                  args: ["--client-cert-auth"]
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
                    - ↓--client-cert-auth=false
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd}
            spec:
              containers:
                - name: etcd
                  ↓command: ["etcd", "--data-dir=/var/lib/etcd"]
            """,
        ]
    )) { object, findings in
        for etcd in object.invocations(of: "etcd") {
            guard let flag = etcd.flag("--client-cert-auth") else {
                findings.missingFlag("--client-cert-auth", in: etcd, expected: "true")
                continue
            }
            if etcd.boolValue(of: "--client-cert-auth") != true {
                findings.wrongFlag(flag, in: etcd, expected: "--client-cert-auth=true")
            }
        }
    }
}
