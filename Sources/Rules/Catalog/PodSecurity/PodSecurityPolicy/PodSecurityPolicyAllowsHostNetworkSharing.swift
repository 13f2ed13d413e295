extension Rule {
    static let podSecurityPolicyAllowsHostNetworkSharing = Rule(RuleDescription(
        id: "a33e9173-b674-4dfb-9d82-cf3754816e4b",
        slug: "psp_containers_share_host_network_namespace",
        name: "PodSecurityPolicy allows host network sharing",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A PodSecurityPolicy admits pods that share the node's network namespace.",
        help: """
            Pods in the node's network namespace can bind any port of the node, reach services \
            listening on its loopback address, watch other pods' traffic and bypass network \
            policies. A policy with `hostNetwork: true` lets any pod whose service account may use \
            it do so.

            **Fix:** set `hostNetwork: false` in the policy (it is the default when the field is left \
            out), and give the few node agents that need the node's network namespace a separate \
            policy bound only to their service accounts. PodSecurityPolicy was removed in \
            Kubernetes 1.25; Pod Security admission's `baseline` level forbids `hostNetwork` too.
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
              hostNetwork: false
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
              hostNetwork: ↓true
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy, let shared = policy.allowsSharing(.network) else { return }
        findings.add("\(object.identity) admits pods that share the node's \(HostNamespace.network.noun) namespace (hostNetwork: \(shared.value.scalar ?? "true")); expected hostNetwork unset or false.",
                     at: shared.value, scope: policy.spec, object: object)
    }
}
