extension Rule {
    static let tlsConnectionCertificateNotSetup = Rule(RuleDescription(
        id: "fa750c81-93c2-4fab-9c6d-d3fd3ce3b89f",
        slug: "tls_connection_certificate_not_setup",
        name: "TLS connection certificate not set up",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "kube-apiserver or the kubelet serves TLS without a certificate and key it was given.",
        help: """
            Without a serving certificate and key, kube-apiserver and the kubelet make up a \
            self-signed certificate when they start. Clients cannot verify it, so they either fail \
            or are configured to skip verification, and then anyone on the path can impersonate the \
            server and read what clients send, tokens included.

            A kubelet with `serverTLSBootstrap: true` requests its serving certificate from the \
            cluster instead, which is just as good.

            **Fix:** give kube-apiserver `--tls-cert-file` and `--tls-private-key-file` (e.g. \
            `/etc/kubernetes/pki/apiserver.crt` and `apiserver.key`); give the kubelet \
            `tlsCertFile` and `tlsPrivateKeyFile` in its KubeletConfiguration, or \
            `serverTLSBootstrap: true`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/",
            "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/",
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
                    - --tls-cert-file=/etc/kubernetes/pki/apiserver.crt
                    - --tls-private-key-file=/etc/kubernetes/pki/apiserver.key
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            tlsCertFile: /var/lib/kubelet/pki/kubelet.crt
            tlsPrivateKeyFile: /var/lib/kubelet/pki/kubelet.key
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            serverTLSBootstrap: true
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
                    - --tls-cert-file=/etc/kubernetes/pki/apiserver.crt
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            ↓↓kind: KubeletConfiguration
            readOnlyPort: 0
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            for flag in ["--tls-cert-file", "--tls-private-key-file"] where !apiserver.isSet(flag) {
                findings.missingFlag(flag, in: apiserver)
            }
        }
        if let configuration = object.kubeletConfiguration, configuration.serverTLSBootstrap?.value.bool != true {
            let servingFiles = [
                ("tlsCertFile", configuration.tlsCertFile, "a serving certificate file"),
                ("tlsPrivateKeyFile", configuration.tlsPrivateKeyFile, "the certificate's key file"),
            ]
            for (path, setting, expected) in servingFiles where setting?.value.scalar?.isEmpty ?? true {
                findings.missingSetting(path, in: configuration, expected: "\(expected), or serverTLSBootstrap: true")
            }
        }
    }
}
