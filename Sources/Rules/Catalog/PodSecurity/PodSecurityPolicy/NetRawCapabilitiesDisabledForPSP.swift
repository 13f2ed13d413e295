extension Rule {
    static let netRawCapabilitiesDisabledForPSP = Rule(RuleDescription(
        id: "2270987f-bb51-479f-b8be-3ca73e5ad648",
        slug: "net_raw_capabilities_disabled_for_psp",
        name: "NET_RAW capabilities disabled for PSP",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "A PodSecurityPolicy does not make containers drop the NET_RAW capability.",
        help: """
            containerd and Docker grant `NET_RAW` by default. It lets a process craft any \
            packet: spoof addresses, answer ARP and DNS for others, and attack pods on the same \
            node. Few applications need it. A policy \
            whose `requiredDropCapabilities` names neither `NET_RAW` nor `ALL` admits containers \
            that keep it.

            **Fix:** list `ALL` (or at least `NET_RAW`) under the policy's \
            `requiredDropCapabilities`.
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
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: no-raw-sockets}
            spec:
              requiredDropCapabilities:
                - CAP_NET_RAW
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
            metadata: {name: partial}
            spec:
              ↓requiredDropCapabilities:
                - SYS_ADMIN
                - KILL
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: permissive}
            ↓spec:
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy else { return }
        let required = policy.requiredDropCapabilities
        guard !required.contains(.netRaw), !required.contains(.all) else { return }
        if let key = required.key {
            let listed = required.isEmpty ? "none" : CapabilityList.names(required.capabilities)
            findings.add("\(object.identity) does not make containers drop NET_RAW (requiredDropCapabilities: \(listed)); expected ALL or NET_RAW among requiredDropCapabilities.",
                         at: key, scope: policy.spec, object: object)
        } else {
            findings.add("\(object.identity) has no requiredDropCapabilities, so containers keep NET_RAW; expected ALL or NET_RAW among requiredDropCapabilities.",
                         at: policy.specKey, scope: policy.spec, object: object)
        }
    }
}
