extension Rule {
    static let auditPolicyFileNotDefined = Rule(RuleDescription(
        id: "13a49a2e-488e-4309-a7c0-d6b05577a5fb",
        slug: "audit_policy_file_not_defined",
        name: "Audit policy file not defined",
        severity: .medium,
        category: "Observability",
        summary: "kube-apiserver has no audit policy at a fixed path, so it may record no audit events.",
        help: """
            The audit policy decides which requests are recorded and in how much detail. Without \
            `--audit-policy-file` kube-apiserver records nothing at all, even with an audit log \
            path set. A relative path is read from the API server's working directory, which \
            depends on the image it runs in, so the policy may silently not be the one you wrote.

            **Fix:** set `--audit-policy-file` to the absolute path of an `audit.k8s.io/v1` \
            `Policy` mounted into the container, e.g. \
            `--audit-policy-file=/etc/kubernetes/audit-policy.yaml`.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy",
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
                  volumeMounts:
                    - {name: audit-policy, mountPath: /etc/kubernetes/audit-policy.yaml, readOnly: true}
              volumes:
                - name: audit-policy
                  hostPath: {path: /etc/kubernetes/audit-policy.yaml, type: File}
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
                    - --audit-log-path=/var/log/kubernetes/audit/audit.log
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
                    - ↓--audit-policy-file=policies/audit.yaml
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            guard let flag = apiserver.flag("--audit-policy-file"), let path = flag.value, !path.isEmpty else {
                findings.missingFlag("--audit-policy-file", in: apiserver)
                continue
            }
            if !isAbsolutePath(path) {
                findings.wrongFlag(flag, in: apiserver, expected: "the absolute path of the audit policy file")
            }
        }
    }
}

/// Whether `path` names a file from the root of a node's file system: `/etc/…` on Linux, `C:\…`
/// or `C:/…` on Windows.
private func isAbsolutePath(_ path: String) -> Bool {
    if path.hasPrefix("/") { return true }
    let characters = Array(path)
    return characters.count > 2 && characters[0].isLetter && characters[1] == ":" && ["\\", "/"].contains(characters[2])
}
