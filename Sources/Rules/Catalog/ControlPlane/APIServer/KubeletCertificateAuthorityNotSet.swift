extension Rule {
    static let kubeletCertificateAuthorityNotSet = Rule(RuleDescription(
        id: "ec18a0d3-0069-4a58-a7fb-fbfe0b4bbbe0",
        slug: "kubelet_certificate_authority_not_set",
        name: "Kubelet certificate authority not set",
        severity: .medium,
        category: "Secret Management",
        summary: "kube-apiserver does not verify kubelets' serving certificates.",
        help: """
            When you run `kubectl exec`, `logs` or `port-forward`, the API server connects to the \
            kubelet of the pod's node. Without `--kubelet-certificate-authority` it does not check \
            the kubelet's certificate, so anyone who can intercept that connection can pose as the \
            kubelet, read what passes through it and inject commands into the session.

            **Fix:** set `--kubelet-certificate-authority` to the CA that signs the kubelets' \
            serving certificates, e.g. `--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt`, \
            and have kubelets use signed serving certificates (`serverTLSBootstrap: true`).
            """,
        references: [
            "https://kubernetes.io/docs/concepts/architecture/control-plane-node-communication/#apiserver-to-kubelet",
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
                    - --kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt
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
                    - --kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt
                    - --kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.isSet("--kubelet-certificate-authority") {
            findings.missingFlag("--kubelet-certificate-authority", in: apiserver)
        }
    }
}
