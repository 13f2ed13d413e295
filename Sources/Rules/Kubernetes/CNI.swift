import YAML

/// A CNI network configuration: the JSON a node's container runtime reads from
/// `/etc/cni/net.d` to connect pods, either a list of chained plugins (`plugins`) or a single
/// plugin (`type`). It is found as a file of its own or inside a ConfigMap that a network
/// add-on copies onto every node.
public struct CNINetworkConfiguration: Sendable {
    /// The configuration's mapping.
    public let node: Node

    /// Recognises a configuration by its `cniVersion` and a `plugins` list or a plugin `type`.
    public init?(_ node: Node) {
        guard node.kind == .mapping, node["cniVersion"]?.scalar != nil || node["plugins"]?.kind == .sequence,
              node["plugins"]?.kind == .sequence || node["type"]?.scalar != nil else { return nil }
        self.node = node
    }

    /// The `type` values of the chained plugins, or of the single plugin, in order.
    public var pluginTypes: [Node] {
        if let plugins = node["plugins"], plugins.kind == .sequence {
            return plugins.items.compactMap { $0["type"] }.filter { $0.scalar != nil }
        }
        return [node["type"]].compactMap { $0 }
    }

    /// Plugins that enforce NetworkPolicy objects for the pods they connect, also when they
    /// are chained after a plugin that does not (Cilium over flannel).
    static let policyEnforcingPlugins: Set<String> = ["antrea", "calico", "cilium", "cilium-cni", "weave-net"]

    /// Plugins that connect pods without ever enforcing NetworkPolicy objects.
    static let pluginsWithoutPolicies: Set<String> = ["flannel"]

    /// The `type` of the plugin that connects the pods when nothing in the chain enforces
    /// network policies, where it is one known not to.
    public var pluginIgnoringNetworkPolicies: Node? {
        let types = pluginTypes
        guard !types.contains(where: { Self.policyEnforcingPlugins.contains($0.scalar ?? "") }) else { return nil }
        return types.first { Self.pluginsWithoutPolicies.contains($0.scalar ?? "") }
    }
}

extension KubernetesObject {
    /// The CNI network configurations of this document: itself when it is one, or those a
    /// ConfigMap carries as JSON text in its `data` (flannel's `cni-conf.json`), each with the
    /// `data` key it was read from.
    public var cniNetworkConfigurations: [(configuration: CNINetworkConfiguration, location: Node)] {
        if isCNINetworkConfiguration, let configuration = CNINetworkConfiguration(node) {
            return [(configuration, node)]
        }
        guard kind == "ConfigMap", apiVersion == "v1" else { return [] }
        return (node["data"]?.pairs ?? []).compactMap { key, value in
            guard let text = value.scalar, text.contains("\"type\""),
                  let root = YAMLLoader().load(path: path, text: text).documents.first,
                  let configuration = CNINetworkConfiguration(root.resolved) else { return nil }
            return (configuration, key)
        }
    }
}
