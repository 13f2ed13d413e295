extension Rule {
    static let pspAllowsPrivilegeEscalation = Rule(RuleDescription(
        id: "87554eef-154d-411d-bdce-9dbd91e56851",
        slug: "psp_allows_privilege_escalation",
        name: "PSP allows privilege escalation",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A PodSecurityPolicy lets containers gain more privileges than they started with.",
        help: """
            Unless `allowPrivilegeEscalation` is false, a process in a container can gain \
            privileges its parent did not have, through setuid binaries or file capabilities. A \
            PodSecurityPolicy that sets it to `true`, or leaves it out (true is the default), \
            admits pods that allow this.

            **Fix:** set `allowPrivilegeEscalation: false` in the policy's spec; pods it admits then \
            run with the kernel's `no_new_privs` flag.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-policy/#privilege-escalation"],
        nonTriggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              allowPrivilegeEscalation: false
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: escalating}
            spec:
              allowPrivilegeEscalation: ↓true
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: silent}
            ↓spec:
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy else { return }
        if let escalation = policy.entry("allowPrivilegeEscalation") {
            if escalation.value.bool == true {
                findings.add("\(object.identity) allows privilege escalation (allowPrivilegeEscalation: \(escalation.value.scalar ?? "true")); expected allowPrivilegeEscalation: false.",
                             at: escalation.value, scope: policy.spec, object: object)
            }
        } else {
            findings.add("\(object.identity) does not set allowPrivilegeEscalation, which defaults to true; expected allowPrivilegeEscalation: false.",
                         at: policy.specKey, scope: policy.spec, object: object)
        }
    }
}
