extension Rule {
    static let insecurePortNotProperlySet = Rule(RuleDescription(
        id: "fa4def8c-1898-4a35-a139-7b76b1acdef0",
        slug: "insecure_port_not_properly_set",
        name: "Insecure port not properly set",
        severity: .high,
        category: "Networking and Firewall",
        summary: "kube-apiserver does not close its insecure HTTP port with --insecure-port=0.",
        help: """
            The insecure port serves the whole API over plain HTTP with no authentication and no \
            authorization: whoever reaches it, from the node or from a pod sharing its network, is \
            cluster administrator. Before Kubernetes 1.20 it was open on localhost unless \
            `--insecure-port=0` closed it.

            **Fix:** set `--insecure-port=0`. From 1.20 the port can only be 0, and 1.24 removed \
            the flag (kube-apiserver then refuses to start with it): for clusters on 1.24 or later, \
            suppress this rule rather than add the flag.
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
                    - --insecure-port=0
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
                    - ↓--insecure-port=8080
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--secure-port=6443"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            guard let flag = apiserver.flag("--insecure-port") else {
                findings.missingFlag("--insecure-port", in: apiserver, expected: "set to 0")
                continue
            }
            if apiserver.intValue(of: "--insecure-port") != 0 {
                findings.wrongFlag(flag, in: apiserver, expected: "--insecure-port=0")
            }
        }
    }
}
