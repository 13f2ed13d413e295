extension Rule {
    static let unrestrictedCapabilitiesInPodSecurityPolicy = Rule(RuleDescription(
        id: "caa93370-791f-4fc6-814b-ba6ce0cb4032",
        slug: "not_limited_capabilities_for_pod_security_policy",
        name: "Unrestricted capabilities in PodSecurityPolicy",
        severity: .info,
        category: "Insecure Configurations",
        summary: "A PodSecurityPolicy does not require containers to drop any capability.",
        help: """
            Container runtimes start containers with a default set of capabilities \
            (containerd's has `CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `NET_RAW`, `SETUID`, `SETGID` \
            and more) that most \
            applications never use. A policy without `requiredDropCapabilities` lets every pod \
            keep all of them, so a compromised process has more of root's power than it needs.

            **Fix:** add `requiredDropCapabilities` to the policy, ideally `[ALL]`, and let the \
            workloads that need a capability add it back through `allowedCapabilities` of a \
            policy bound to them.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-policy/#capabilities"],
        nonTriggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              requiredDropCapabilities: [ALL]
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
            metadata: {name: permissive}
            ↓spec:
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: empty-list}
            spec:
              ↓requiredDropCapabilities: []
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy else { return }
        let required = policy.requiredDropCapabilities
        if let key = required.key {
            if required.isEmpty {
                findings.add("\(object.identity) has an empty requiredDropCapabilities list; expected it to name the capabilities containers must drop, ideally ALL.",
                             at: key, scope: policy.spec, object: object)
            }
        } else {
            findings.add("\(object.identity) does not set requiredDropCapabilities, so containers keep every default capability; expected requiredDropCapabilities, ideally [ALL].",
                         at: policy.specKey, scope: policy.spec, object: object)
        }
    }
}
