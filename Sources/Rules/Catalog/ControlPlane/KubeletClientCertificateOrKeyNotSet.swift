extension Rule {
    static let kubeletClientCertificateOrKeyNotSet = Rule(RuleDescription(
        id: "36a27826-1bf5-49da-aeb0-a60a30c0e834",
        slug: "kubelet_client_certificate_or_key_not_set",
        name: "Kubelet client certificate or key not set",
        severity: .medium,
        category: "Secret Management",
        summary: "kube-apiserver runs without a client certificate and key for talking to kubelets.",
        help: """
            The API server connects to every kubelet to fetch logs, run `exec` and forward ports. \
            Without `--kubelet-client-certificate` and `--kubelet-client-key` it cannot prove who it \
            is, so kubelets must either accept anonymous requests or refuse the API server.

            **Fix:** give kube-apiserver both flags, pointing at a client certificate the kubelets \
            trust, e.g. `--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt` \
            and `--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key` (kubeadm \
            creates both).
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
                    - --kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt
                    - --kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: apiserver
                  command: ["/usr/local/bin/kube-apiserver"]
                  args: ["--kubelet-client-certificate", "/pki/client.crt", "--kubelet-client-key", "/pki/client.key"]
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  command: ["nginx"]
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
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: apiserver
                  ↓↓command: ["hyperkube", "apiserver"]
                  args: ["--kubelet-client-key="]
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: apiserver}
            spec:
              template:
                spec:
                  initContainers:
                    - name: shell-wrapped
                      ↓command: ["/bin/sh", "-c", "exec /usr/local/bin/kube-apiserver --kubelet-client-key=/pki/k.key"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            for flag in ["--kubelet-client-certificate", "--kubelet-client-key"] where !apiserver.isSet(flag) {
                findings.missingFlag(flag, in: apiserver)
            }
        }
    }
}
