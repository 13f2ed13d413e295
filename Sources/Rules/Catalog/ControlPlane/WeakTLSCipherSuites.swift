extension Rule {
    static let weakTLSCipherSuites = Rule(RuleDescription(
        id: "510d5810-9a30-443a-817d-5c1fa527b110",
        slug: "weak_tls_cipher_suites",
        name: "Weak TLS cipher suites",
        severity: .medium,
        category: "Encryption",
        summary: "kube-apiserver or the kubelet accepts TLS cipher suites that are weak or not restricted at all.",
        help: """
            Left to its defaults, or given a list with CBC-mode, RC4, 3DES or plain-RSA key exchange \
            suites, a server lets clients negotiate ciphers with known attacks or without forward \
            secrecy, so recorded traffic can be decrypted later if a key leaks.

            **Fix:** list only ECDHE suites with AES-GCM or ChaCha20-Poly1305, with \
            `--tls-cipher-suites` on kube-apiserver and the kubelet or `tlsCipherSuites` in the \
            KubeletConfiguration, e.g. \
            `TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,\
            TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,\
            TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305`.
            """,
        references: ["https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"],
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
                    - --tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            tlsCipherSuites:
              - TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
              - TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
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
                      args: ["--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_3DES_EDE_CBC_SHA"]
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            ↓tlsCipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA]
            """,
            """
            apiVersion: kubelet.config.k8s.io/v1beta1
            ↓kind: KubeletConfiguration
            readOnlyPort: 0
            """,
        ]
    )) { object, findings in
        for component in ["kube-apiserver", "kubelet"] {
            for invocation in object.invocations(of: component) {
                let suites = invocation.listValue(of: "--tls-cipher-suites")
                if let flag = invocation.flag("--tls-cipher-suites"), !suites.isEmpty {
                    let weak = suites.filter { !strongCipherSuites.contains($0) }
                    if !weak.isEmpty {
                        findings.wrongFlag(flag, in: invocation, expected: "only strong suites, without \(weak.joined(separator: ", "))")
                    }
                } else if component == "kube-apiserver" {
                    findings.missingFlag("--tls-cipher-suites", in: invocation, expected: "with strong suites only")
                }
            }
        }
        if let configuration = object.kubeletConfiguration {
            if let setting = configuration.tlsCipherSuites {
                let suites = setting.value.items.map { $0.scalar ?? "" }
                let weak = suites.filter { !strongCipherSuites.contains($0) }
                if suites.isEmpty {
                    // Not a list, or an empty one: the server falls back to its default suites.
                    findings.unsafeSetting(setting, in: configuration, expected: "a list of strong suites")
                } else if !weak.isEmpty {
                    findings.unsafeSetting(setting, in: configuration, expected: "strong suites only, without \(weak.joined(separator: ", "))")
                }
            } else {
                findings.missingSetting("tlsCipherSuites", in: configuration, expected: "a list of strong suites")
            }
        }
    }
}

/// ECDHE key exchange with an AEAD cipher, as Go names them (with the `_SHA256` spelling of the
/// ChaCha20 suites), and the TLS 1.3 suites, which are all AEAD.
private let strongCipherSuites: Set<String> = [
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
]
