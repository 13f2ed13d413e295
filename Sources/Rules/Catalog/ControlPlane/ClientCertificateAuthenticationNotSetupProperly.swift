extension Rule {
    static let clientCertificateAuthenticationNotSetupProperly = Rule(RuleDescription(
        id: "e0e00aba-5f1c-4981-a542-9a9563c0ee20",
        slug: "client_certificate_authentication_not_setup_properly",
        name: "Client certificate authentication not set up properly",
        severity: .high,
        category: "Access Control",
        summary: "kube-apiserver or the kubelet has no usable CA bundle to check client certificates against.",
        help: """
            Client certificates are how nodes, controllers and administrators prove who they are to \
            kube-apiserver, and how kube-apiserver proves itself to the kubelet. Both check them \
            against the CA bundle given by `--client-ca-file` (`authentication.x509.clientCAFile` \
            in a KubeletConfiguration). Without one, certificate authentication is off; pointing it \
            at something other than a PEM certificate file (a key, a text file) is a slip that \
            leaves it broken.

            **Fix:** point it at the cluster CA's certificate, e.g. \
            `--client-ca-file=/etc/kubernetes/pki/ca.crt`, or \
            `authentication: {x509: {clientCAFile: /etc/kubernetes/pki/ca.crt}}` in the \
            KubeletConfiguration.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#x509-client-certificates",
            "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/",
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
                    - --client-ca-file=/etc/kubernetes/pki/ca.crt
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              x509:
                clientCAFile: /etc/kubernetes/pki/ca.pem
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
                    - --secure-port=6443
            """,
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: kubelet, namespace: kube-system}
            spec:
              template:
                spec:
                  containers:
                    - name: kubelet
                      ↓command: ["kubelet"]
                      args: ["--client-ca-file=/etc/kubernetes/pki/ca.key"]
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            ↓kind: KubeletConfiguration
            authentication:
              webhook: {enabled: true}
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            ↓kind: KubeletConfiguration
            authentication:
              x509:
                clientCAFile: /etc/kubernetes/ca-notes.txt
            """,
        ]
    )) { object, findings in
        let expected = "a PEM certificate file such as /etc/kubernetes/pki/ca.crt"
        for component in ["kube-apiserver", "kubelet"] {
            for invocation in object.invocations(of: component) {
                if let flag = invocation.flag("--client-ca-file"), invocation.isSet("--client-ca-file") {
                    if !isCertificateFile(invocation.value(of: "--client-ca-file") ?? "") {
                        findings.wrongFlag(flag, in: invocation, expected: expected)
                    }
                } else if component == "kube-apiserver" {
                    findings.missingFlag("--client-ca-file", in: invocation)
                }
            }
        }
        if let configuration = object.kubeletConfiguration {
            if let caFile = configuration.clientCAFile {
                if !isCertificateFile(caFile.value.scalar ?? "") {
                    // At the document's `kind`, where KICS reports every finding of this rule about
                    // a configuration file; the message names the setting and its value.
                    findings.unsafeSetting(caFile, in: configuration, expected: expected, at: configuration.kindKey)
                }
            } else {
                findings.missingSetting("authentication.x509.clientCAFile", in: configuration, expected: expected)
            }
        }
    }
}

/// Whether a path names a PEM certificate file by its extension, as CA bundles are named.
private func isCertificateFile(_ path: String) -> Bool {
    let name = path.lowercased()
    return [".pem", ".crt", ".cer"].contains { name.hasSuffix($0) }
}
