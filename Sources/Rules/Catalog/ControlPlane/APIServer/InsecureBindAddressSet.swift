extension Rule {
    static let insecureBindAddressSet = Rule(RuleDescription(
        id: "b9380fd3-5ffe-4d10-9290-13e18e71eee1",
        slug: "insecure_bind_address_set",
        name: "Insecure bind address set",
        severity: .high,
        category: "Networking and Firewall",
        summary: "kube-apiserver is given an address for its insecure, unauthenticated HTTP port.",
        help: """
            The insecure port serves the whole API over plain HTTP with no authentication and no \
            authorization: whoever reaches it is cluster administrator. `--insecure-bind-address` \
            says where it listens. Kubernetes 1.20 made the flag ineffective and 1.24 removed it, \
            so on current releases setting it is at best dead configuration and at worst a sign \
            the manifest targets a cluster where it still opens that port.

            **Fix:** remove `--insecure-bind-address` (and keep `--insecure-port=0` on releases \
            that still have it); serve the API only on the secure port.
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
                    - --bind-address=0.0.0.0
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
                    - ↓--insecure-bind-address=0.0.0.0
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--insecure-bind-address=127.0.0.1"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where apiserver.isSet("--insecure-bind-address") {
            guard let flag = apiserver.flag("--insecure-bind-address") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "no --insecure-bind-address")
        }
    }
}
