extension Rule {
    static let pspWithAddedCapabilities = Rule(RuleDescription(
        id: "7307579a-3abb-46ad-9ce5-2a915634d5c8",
        slug: "psp_with_added_capabilities",
        name: "PSP with added capabilities",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A PodSecurityPolicy lets containers add Linux capabilities, or adds them itself.",
        help: """
            Capabilities are pieces of root's power: `NET_ADMIN` reconfigures the network, \
            `SYS_ADMIN` is close to full root, `SYS_PTRACE` reads other processes' memory. A \
            policy's `allowedCapabilities` lets every pod it admits add them, and its \
            `defaultAddCapabilities` adds them to every pod that does not drop them; `'*'` \
            allows all of them.

            **Fix:** remove `allowedCapabilities` and `defaultAddCapabilities` from the policy (or \
            leave them empty). Workloads that really need one capability belong under a separate \
            policy, bound only to their service accounts, that allows just that one.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-policy/#capabilities"],
        nonTriggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              requiredDropCapabilities: [ALL]
              allowedCapabilities: []
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
              ↓allowedCapabilities:
                - '*'
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: network-tools}
            spec:
              ↓allowedCapabilities: [NET_ADMIN]
              ↓defaultAddCapabilities: [NET_RAW]
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy else { return }
        let allowed = policy.allowedCapabilities
        if let key = allowed.key, !allowed.isEmpty {
            findings.add("\(object.identity) lets containers add capabilities (allowedCapabilities: \(CapabilityList.names(allowed.capabilities))); expected no allowedCapabilities.",
                         at: key, scope: policy.spec, object: object)
        }
        let added = policy.defaultAddCapabilities
        if let key = added.key, !added.isEmpty {
            findings.add("\(object.identity) adds capabilities to every pod it admits (defaultAddCapabilities: \(CapabilityList.names(added.capabilities))); expected no defaultAddCapabilities.",
                         at: key, scope: policy.spec, object: object)
        }
    }
}
