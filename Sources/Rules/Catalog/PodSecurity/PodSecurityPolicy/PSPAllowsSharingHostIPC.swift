extension Rule {
    static let pspAllowsSharingHostIPC = Rule(RuleDescription(
        id: "80f93444-b240-4ebb-a4c6-5c40b76c04ea",
        slug: "psp_allows_sharing_host_ipc",
        name: "PSP allows sharing host IPC",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A PodSecurityPolicy admits pods that share the node's IPC namespace.",
        help: """
            Pods in the node's IPC namespace use its System V shared memory, semaphores and message \
            queues: they can read or corrupt what other processes on the node keep there. A \
            policy with `hostIPC: true` lets any pod whose service account may use it do so.

            **Fix:** set `hostIPC: false` in the policy (it is the default when the field is left \
            out), and give the few node agents that need the node's IPC namespace a separate \
            policy bound only to their service accounts. PodSecurityPolicy was removed in \
            Kubernetes 1.25; Pod Security admission's `baseline` level forbids `hostIPC` too.
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
              hostIPC: false
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
              hostIPC: ↓true
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy, let shared = policy.allowsSharing(.ipc) else { return }
        findings.add("\(object.identity) admits pods that share the node's \(HostNamespace.ipc.noun) namespace (hostIPC: \(shared.value.scalar ?? "true")); expected hostIPC unset or false.",
                     at: shared.value, scope: policy.spec, object: object)
    }
}
