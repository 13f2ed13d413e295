extension Rule {
    static let etcdPeerClientCertificateAuthenticationSetToFalse = Rule(RuleDescription(
        id: "b7d0181d-0a9b-4611-9d1c-1ad4f0b620ff",
        slug: "etcd_peer_client_certificate_authentication_set_to_false",
        name: "etcd peer client certificate authentication set to false",
        severity: .medium,
        category: "Secret Management",
        summary: "etcd accepts peers without checking their certificates.",
        help: """
            etcd members replicate the whole cluster state to one another over the peer port. \
            Unless `--peer-client-cert-auth` is on, a member does not check who connects there, so \
            any host that reaches the port can join replication and read or rewrite every object, \
            Secrets included.

            **Fix:** run every member with `--peer-client-cert-auth=true` and a CA to check peers \
            against, e.g. `--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt`.
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
                    - --peer-client-cert-auth=true
                    - --peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt
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
                    - ↓--peer-client-cert-auth=false
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
                      args: ["--name=etcd-0"]
            """,
        ]
    )) { object, findings in
        for etcd in object.invocations(of: "etcd") {
            guard let flag = etcd.flag("--peer-client-cert-auth") else {
                findings.missingFlag("--peer-client-cert-auth", in: etcd, expected: "true")
                continue
            }
            if etcd.boolValue(of: "--peer-client-cert-auth") != true {
                findings.wrongFlag(flag, in: etcd, expected: "--peer-client-cert-auth=true")
            }
        }
    }
}
