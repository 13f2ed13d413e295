extension Rule {
    static let auditLogMaxbackupNotProperlySet = Rule(RuleDescription(
        id: "768aab52-2504-4a2f-a3e3-329d5a679848",
        slug: "audit_log_maxbackup_not_properly_set",
        name: "Audit log maxbackup not properly set",
        severity: .low,
        category: "Observability",
        summary: "kube-apiserver keeps fewer than 10 rotated audit log files, or no set number.",
        help: """
            kube-apiserver rotates its audit log when it grows past `--audit-log-maxsize` and keeps \
            `--audit-log-maxbackup` old files. Keep too few and a busy hour, or a client flooding \
            the server on purpose, rotates the record of an attack out of existence before anyone \
            reads it.

            **Fix:** set `--audit-log-maxbackup=10` or more.
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
                    - --audit-log-maxbackup=10
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
                    - ↓--audit-log-maxbackup=3
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
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - ↓--audit-log-maxbackup=ten
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            findings.flagBelowMinimum("--audit-log-maxbackup", 10, "files", in: apiserver)
        }
    }
}
