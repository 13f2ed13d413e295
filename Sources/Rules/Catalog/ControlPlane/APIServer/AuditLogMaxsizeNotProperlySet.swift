extension Rule {
    static let auditLogMaxsizeNotProperlySet = Rule(RuleDescription(
        id: "35c0a471-f7c8-4993-aa2c-503a3c712a66",
        slug: "audit_log_maxsize_not_properly_set",
        name: "Audit log maxsize not properly set",
        severity: .low,
        category: "Observability",
        summary: "kube-apiserver rotates its audit log before it reaches 100 MB, or at no set size.",
        help: """
            `--audit-log-maxsize` is the size in megabytes at which kube-apiserver starts a new \
            audit file. Small files rotate quickly; together with the number of files kept \
            (`--audit-log-maxbackup`), they bound how much history is on disk, and a small bound \
            lets recent activity push the evidence of an attack out.

            **Fix:** set `--audit-log-maxsize=100` or more.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend",
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
                    - --audit-log-path=/var/log/kubernetes/audit.log
                    - --audit-log-maxsize=100
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
                    - --audit-log-path=/var/log/kubernetes/audit.log
                    - ↓--audit-log-maxsize=20
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--audit-log-maxsize=10"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            findings.flagBelowMinimum("--audit-log-maxsize", 100, "MB", in: apiserver)
        }
    }
}
