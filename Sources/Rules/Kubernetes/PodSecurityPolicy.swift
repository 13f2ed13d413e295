import YAML

/// A PodSecurityPolicy (`policy/v1beta1`, removed in Kubernetes 1.25): the cluster-wide rules
/// that decide which pods may be created. Each accessor says what the policy lets pods do.
public struct PodSecurityPolicy: Sendable {
    public let object: KubernetesObject
    public let spec: Node
    /// The `spec` key: where a finding about something the policy does not say points.
    public let specKey: Node

    /// The entry of `field`, unless it is absent or null.
    public func entry(_ field: String) -> (key: Node, value: Node)? {
        guard let entry = spec.entry(field), !entry.value.isNull else { return nil }
        return entry
    }

    /// The entry of a boolean `field` when the policy sets it to `true`.
    public func enables(_ field: String) -> (key: Node, value: Node)? {
        guard let entry = entry(field), entry.value.bool == true else { return nil }
        return entry
    }

    /// The `hostPID: true` (`hostIPC`, `hostNetwork`) entry when the policy admits pods that
    /// share the node's namespace.
    public func allowsSharing(_ namespace: HostNamespace) -> (key: Node, value: Node)? {
        enables(namespace.field)
    }

    /// Capabilities pods may add.
    public var allowedCapabilities: CapabilityList { CapabilityList(entry("allowedCapabilities")) }
    /// Capabilities added to every pod that does not drop them.
    public var defaultAddCapabilities: CapabilityList { CapabilityList(entry("defaultAddCapabilities")) }
    /// Capabilities every pod must drop.
    public var requiredDropCapabilities: CapabilityList { CapabilityList(entry("requiredDropCapabilities")) }

    /// Whether the policy's `volumes` list is there and leaves out `type` (and `*`), so that pods
    /// it admits cannot use volumes of that type. Without a `volumes` list nothing is certain.
    public func forbidsVolumes(of type: String) -> Bool {
        guard let volumes = entry("volumes")?.value, volumes.kind == .sequence else { return false }
        let allowed = volumes.items.compactMap(\.scalar)
        return !allowed.contains(type) && !allowed.contains("*")
    }
}

extension KubernetesObject {
    /// This object as a PodSecurityPolicy, when it is one with a `spec`.
    public var podSecurityPolicy: PodSecurityPolicy? {
        guard kind == "PodSecurityPolicy", let entry = node.entry("spec"), entry.value.kind == .mapping else { return nil }
        return PodSecurityPolicy(object: self, spec: entry.value, specKey: entry.key)
    }
}
