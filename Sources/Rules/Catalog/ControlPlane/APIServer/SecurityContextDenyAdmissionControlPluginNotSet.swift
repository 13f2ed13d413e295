extension Rule {
    static let securityContextDenyAdmissionControlPluginNotSet = Rule(RuleDescription(
        id: "6a68bebe-c021-492e-8ddb-55b0567fb768",
        slug: "security_context_deny_admission_control_plugin_not_set",
        name: "Security context deny admission control plugin not set",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "kube-apiserver turns on neither SecurityContextDeny nor a pod security admission plugin.",
        help: """
            When no admission plugin checks pod security settings, a pod may ask for any user, \
            group or SELinux context it likes and so escalate its privileges. `SecurityContextDeny` \
            is the blunt fallback for clusters without a pod security plugin: it rejects pods that \
            set those fields. A cluster running `PodSecurity` (Pod Security Standards) or, before \
            Kubernetes 1.25, `PodSecurityPolicy` already controls them, so either of those \
            satisfies this rule too.

            **Fix:** prefer `PodSecurity` in `--enable-admission-plugins` with namespaces labelled \
            for the level to enforce; where that is not available, add `SecurityContextDeny`, e.g. \
            `--enable-admission-plugins=NodeRestriction,PodSecurity`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#securitycontextdeny",
            "https://kubernetes.io/docs/concepts/security/pod-security-admission/",
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
                    - --enable-admission-plugins=NodeRestriction,SecurityContextDeny
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["kube-apiserver", "--enable-admission-plugins=PodSecurity"]
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
                    - ↓--enable-admission-plugins=NodeRestriction
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--enable-admission-plugins=AlwaysPullImages"]
            """,
        ]
    )) { object, findings in
        let accepted = ["SecurityContextDeny", "PodSecurity", "PodSecurityPolicy"]
        for apiserver in object.invocations(of: "kube-apiserver") where !accepted.contains(where: apiserver.enablesAdmissionPlugin) {
            findings.admissionPluginNotEnabled(accepted, in: apiserver)
        }
    }
}
