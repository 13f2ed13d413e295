extension Rule {
    static let podSecurityPolicyAdmissionControlPluginNotSet = Rule(RuleDescription(
        id: "afa36afb-39fe-4d94-b9b6-afb236f7a03d",
        slug: "pod_security_policy_admission_control_plugin_not_set",
        name: "Pod security policy admission control plugin not set",
        severity: .high,
        category: "Build Process",
        summary: "kube-apiserver turns on no pod security admission plugin (PodSecurityPolicy or PodSecurity).",
        help: """
            Without a pod security admission plugin, anyone who may create a pod may create a \
            privileged one: host namespaces, host paths, root and every capability, which is a \
            short step to owning the node. `PodSecurityPolicy` enforced such limits up to \
            Kubernetes 1.24; from 1.25 it is gone and the `PodSecurity` plugin (Pod Security \
            Standards, set per namespace with `pod-security.kubernetes.io/*` labels) replaces it. \
            This rule is satisfied by either plugin named in `--enable-admission-plugins`.

            **Fix:** on Kubernetes 1.25 and later, name `PodSecurity` in `--enable-admission-plugins` \
            and label namespaces with the level to enforce; on older clusters add \
            `PodSecurityPolicy` (with policies in place first, or no pod will be admitted), e.g. \
            `--enable-admission-plugins=NodeRestriction,PodSecurity`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/pod-security-admission/",
            "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#podsecurity",
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
                    - --enable-admission-plugins=NodeRestriction,PodSecurity
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["kube-apiserver"]
                  args: ["--enable-admission-plugins=PodSecurityPolicy"]
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
            """,
        ]
    )) { object, findings in
        let accepted = ["PodSecurity", "PodSecurityPolicy"]
        for apiserver in object.invocations(of: "kube-apiserver") where !accepted.contains(where: apiserver.enablesAdmissionPlugin) {
            findings.admissionPluginNotEnabled(accepted, in: apiserver)
        }
    }
}
