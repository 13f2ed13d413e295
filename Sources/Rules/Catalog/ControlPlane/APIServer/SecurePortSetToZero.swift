extension Rule {
    static let securePortSetToZero = Rule(RuleDescription(
        id: "3d24b204-b73d-42cb-b0bf-1a5438c5f71e",
        slug: "secure_port_set_to_zero",
        name: "Secure port set to zero",
        severity: .high,
        category: "Networking and Firewall",
        summary: "kube-apiserver turns its secure HTTPS port off with --secure-port=0.",
        help: """
            The secure port is where the API is served over TLS with authentication and \
            authorization. `--secure-port=0` turns it off, leaving either no usable API or only \
            the unauthenticated insecure port of older releases, where every client is \
            administrator.

            **Fix:** remove `--secure-port` (it defaults to 6443) or set it to a real port, e.g. \
            `--secure-port=6443`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/controlling-access/",
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
                    - --secure-port=6443
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
                  command:
                    - kube-apiserver
                    - ↓--secure-port=0
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--secure-port", "0"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where apiserver.intValue(of: "--secure-port") == 0 {
            guard let flag = apiserver.flag("--secure-port") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "--secure-port=6443 or another port than 0")
        }
    }
}
