extension Rule {
    static let pspSetToPrivileged = Rule(RuleDescription(
        id: "c48e57d3-d642-4e0b-90db-37f807b41b91",
        slug: "psp_set_to_privileged",
        name: "PSP set to privileged",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A PodSecurityPolicy admits privileged containers.",
        help: """
            A privileged container has every capability, sees every device of the node and runs \
            without seccomp or AppArmor confinement: it is root on the node in all but name. A \
            policy with `privileged: true` lets any pod whose service account may use it run such \
            containers.

            **Fix:** set `privileged: false` in the policy (the default when the field is left out) \
            and keep privileged workloads, if any, under a separate policy bound only to their \
            service accounts.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-policy/#privileged"],
        nonTriggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              privileged: false
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
            metadata: {name: anything-goes}
            spec:
              privileged: ↓true
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy, let privileged = policy.enables("privileged") else { return }
        findings.add("\(object.identity) admits privileged containers (privileged: \(privileged.value.scalar ?? "true")); expected privileged unset or false.",
                     at: privileged.value, scope: policy.spec, object: object)
    }
}
