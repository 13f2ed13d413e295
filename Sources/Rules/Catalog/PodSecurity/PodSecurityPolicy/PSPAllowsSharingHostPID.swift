extension Rule {
    static let pspAllowsSharingHostPID = Rule(RuleDescription(
        id: "91dacd0e-d189-4a9c-8272-5999a3cc32d9",
        slug: "psp_allows_sharing_host_pid",
        name: "PSP allows sharing host PID",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "A PodSecurityPolicy admits pods that share the node's process ID namespace.",
        help: """
            Pods in the node's process ID namespace see every process on the node, read their \
            environment and command lines, and, as root, can signal or trace them. A policy with \
            `hostPID: true` lets any pod whose service account may use it do so.

            **Fix:** set `hostPID: false` in the policy (it is the default when the field is left \
            out), and give the few node agents that need the node's process ID namespace a separate \
            policy bound only to their service accounts. PodSecurityPolicy was removed in \
            Kubernetes 1.25; Pod Security admission's `baseline` level forbids `hostPID` too.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/pod-security-policy/#host-namespaces",
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              hostPID: false
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: default}
            spec:
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
            metadata: {name: node-agents}
            spec:
              hostPID: ↓true
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy, let shared = policy.allowsSharing(.pid) else { return }
        findings.add("\(object.identity) admits pods that share the node's \(HostNamespace.pid.noun) namespace (hostPID: \(shared.value.scalar ?? "true")); expected hostPID unset or false.",
                     at: shared.value, scope: policy.spec, object: object)
    }
}
