extension Rule {
    static let requestTimeoutNotProperlySet = Rule(RuleDescription(
        id: "d89a15bb-8dba-4c71-9529-bef6729b9c09",
        slug: "request_timeout_not_properly_set",
        name: "Request timeout not properly set",
        severity: .medium,
        category: "Availability",
        summary: "kube-apiserver lets a request run for more than 5 minutes before timing out.",
        help: """
            `--request-timeout` bounds how long the API server works on one ordinary request \
            (watches and other long-running calls have their own limits). Every open request holds \
            memory and a slot of the server's in-flight limit; with a very long timeout, slow or \
            deliberately stalled clients pile up until the server has no room left for anyone else.

            **Fix:** leave `--request-timeout` at its default of `1m0s`, or set it to at most \
            `300s`, e.g. `--request-timeout=60s`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/",
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
                    - --request-timeout=5m
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["kube-apiserver"]
                  args: ["--request-timeout", "90s"]
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
                    - ↓--request-timeout=1h
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--request-timeout=5m0.5s"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            guard let timeout = apiserver.durationValue(of: "--request-timeout"), timeout > .seconds(300),
                  let flag = apiserver.flag("--request-timeout") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "--request-timeout of 300s or less")
        }
    }
}
