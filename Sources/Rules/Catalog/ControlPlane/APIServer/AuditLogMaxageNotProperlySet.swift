extension Rule {
    static let auditLogMaxageNotProperlySet = Rule(RuleDescription(
        id: "da9f3aa8-fbfb-472f-b5a1-576127944218",
        slug: "audit_log_maxage_not_properly_set",
        name: "Audit log maxage not properly set",
        severity: .low,
        category: "Observability",
        summary: "kube-apiserver keeps rotated audit log files for fewer than 30 days, or for no set time.",
        help: """
            The audit log is how an incident is reconstructed: who read which secret, who changed \
            which role and when. Breaches are often found weeks after they start, so audit files \
            deleted after a few days leave nothing to investigate. `--audit-log-maxage` is the \
            number of days kube-apiserver keeps rotated audit files.

            **Fix:** set `--audit-log-maxage=30` or more (and ship the log to central storage \
            that keeps it as long as your policy requires).
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
                    - --audit-log-maxage=30
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["kube-apiserver"]
                  args: ["--audit-log-maxage", "90"]
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
                    - ↓--audit-log-maxage=7
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--audit-log-path=/var/log/kubernetes/audit.log"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            findings.flagBelowMinimum("--audit-log-maxage", 30, "days", in: apiserver)
        }
    }
}
