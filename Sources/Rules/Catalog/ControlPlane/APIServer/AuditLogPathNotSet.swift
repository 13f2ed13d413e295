extension Rule {
    static let auditLogPathNotSet = Rule(RuleDescription(
        id: "73e251f0-363d-4e53-86e2-0a93592437eb",
        slug: "audit_log_path_not_set",
        name: "Audit log path not set",
        severity: .medium,
        category: "Observability",
        summary: "kube-apiserver writes no audit log file.",
        help: """
            Every request to the cluster goes through the API server, and its audit log is the \
            one record of who did what, when and from where. Without `--audit-log-path` the log \
            backend is off: secrets can be read and roles changed without a trace on disk.

            **Fix:** set `--audit-log-path` to a file on a mounted volume, e.g. \
            `--audit-log-path=/var/log/kubernetes/audit/audit.log`, together with \
            `--audit-policy-file` (without a policy nothing is recorded).
            """,
        references: [
            "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend",
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
                    - --audit-policy-file=/etc/kubernetes/audit-policy.yaml
                    - --audit-log-path=/var/log/kubernetes/audit/audit.log
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
                    - --audit-policy-file=/etc/kubernetes/audit-policy.yaml
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--audit-log-path="]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.isSet("--audit-log-path") {
            findings.missingFlag("--audit-log-path", in: apiserver)
        }
    }
}
