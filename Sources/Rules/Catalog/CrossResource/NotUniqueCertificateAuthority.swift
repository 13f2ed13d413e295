extension Rule {
    static let notUniqueCertificateAuthority = Rule(RuleDescription(
        id: "cb7e695d-6a85-495c-b15f-23aed2519303",
        slug: "not_unique_certificate_authority",
        name: "Certificate authority is not unique",
        severity: .medium,
        category: "Secret Management",
        summary: "etcd trusts the same certificate authority file for its clients as the API server does for its own.",
        help: """
            etcd holds the whole state of the cluster, Secrets included, and should answer only \
            the API server. When etcd's `--trusted-ca-file` is the file the API server reads as \
            `--client-ca-file`, every client certificate the cluster's CA signs (for users, \
            nodes, controllers) is also accepted by etcd, and its holder can read and write \
            etcd directly, past every RBAC and admission check.

            An etcd container is reported when a kube-apiserver of the scan names the same \
            file, written the same way, in `--client-ca-file`.

            **Fix:** give etcd a certificate authority of its own, used only to sign the \
            certificates of etcd's peers and of the API server's etcd client \
            (`--etcd-certfile`).
            """,
        references: [
            "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters",
            "https://etcd.io/docs/latest/op-guide/security/",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd, namespace: kube-system}
            spec:
              containers:
                - name: etcd
                  image: registry.k8s.io/etcd:3.5.15-0
                  command: [etcd, --trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  image: registry.k8s.io/kube-apiserver:v1.31.0
                  command: [kube-apiserver, --client-ca-file=/etc/kubernetes/pki/ca.crt]
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
                  image: registry.k8s.io/etcd:3.5.15-0
                  ↓command: [etcd]
                  args: [--trusted-ca-file=/etc/kubernetes/pki/ca.crt]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  image: registry.k8s.io/kube-apiserver:v1.31.0
                  command: [kube-apiserver, --client-ca-file=/etc/kubernetes/pki/ca.crt]
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        // kube-apiserver and hyperkube's apiserver are written as such, unless quotes in a
        // `sh -c` script split the name.
        object.invocations(of: "etcd").isEmpty ? .nothing : .objects(mentioning: "apiserver").union(.objects(mentioning: "-c"))
    }) { object, findings in
        let etcds = object.invocations(of: "etcd")
        guard !etcds.isEmpty else { return }
        let apiservers = findings.context.apiserverInvocations
        for etcd in etcds {
            guard let flag = etcd.flag("--trusted-ca-file"), let file = flag.value, !file.isEmpty else { continue }
            guard let apiserver = apiservers.first(where: { $0.value(of: "--client-ca-file") == file }) else { continue }
            let container = etcd.container
            findings.add("\(container.displayName) runs etcd with --trusted-ca-file=\(file), the file \(apiserver.container.displayName) reads as --client-ca-file; expected a certificate authority of etcd's own.",
                         at: etcd.findingLocation(for: flag), scope: container.node, object: object, container: container)
        }
    }
}
