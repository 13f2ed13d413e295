extension Rule {
    static let cniPluginDoesNotSupportNetworkPolicies = Rule(RuleDescription(
        id: "03aabc8c-35d6-481e-9c85-20139cf72d23",
        slug: "cni_plugin_does_not_support_network_policies",
        name: "CNI plugin does not support network policies",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "The cluster's CNI plugin connects pods without enforcing NetworkPolicy objects.",
        help: """
            NetworkPolicy objects are only rules on paper: the network plugin is what enforces \
            them. With a plugin that does not, such as flannel on its own, every policy is \
            accepted by the API server and silently ignored, so every pod can reach every \
            other pod, whatever the manifests say.

            The rule reads CNI network configurations, as files of their own (a `plugins` \
            chain or a single plugin `type`, with a `cniVersion`) and as JSON carried in a \
            ConfigMap's `data` (flannel's `cni-conf.json`). It reports a flannel plugin when no \
            plugin of the same chain enforces policies (Calico, Cilium, Antrea, Weave Net): \
            at the plugin's `type` in a file, at the `data` key in a ConfigMap.

            **Fix:** use a network plugin that enforces NetworkPolicy (Calico, Cilium, \
            Antrea), or run one for policies next to flannel, as Canal does with Calico.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/#prerequisites",
        ],
        nonTriggeringExamples: [
            """
            {
              "name": "k8s-pod-network",
              "cniVersion": "0.3.1",
              "plugins": [
                {"type": "flannel", "delegate": {"hairpinMode": true}},
                {"type": "cilium-cni"}
              ]
            }
            """,
        ],
        triggeringExamples: [
            """
            {
              "name": "cbr0",
              "cniVersion": "0.3.1",
              "plugins": [
                {"type": ↓"flannel", "delegate": {"isDefaultGateway": true}},
                {"type": "portmap", "capabilities": {"portMappings": true}}
              ]
            }
            """,
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: kube-flannel-cfg, namespace: kube-flannel}
            data:
              ↓cni-conf.json: |
                {"name": "cbr0", "cniVersion": "0.3.1", "plugins": [{"type": "flannel"}]}
            """,
        ]
    )) { object, findings in
        for (configuration, location) in object.cniNetworkConfigurations {
            guard let plugin = configuration.pluginIgnoringNetworkPolicies else { continue }
            let at = object.isCNINetworkConfiguration ? plugin : location
            findings.add("\(object.identity) connects pods with the '\(plugin.scalar ?? "")' CNI plugin, which does not enforce NetworkPolicy objects; expected a plugin that does (Calico, Cilium, Antrea) in the chain.",
                         at: at, scope: object.node, object: object)
        }
    }
}
