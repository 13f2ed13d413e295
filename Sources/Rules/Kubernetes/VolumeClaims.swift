import YAML

/// One of a StatefulSet's `volumeClaimTemplates`: the claim each replica gets its own copy of.
public struct VolumeClaimTemplate: Sendable {
    public let node: Node

    public var name: String { node["metadata"]?["name"]?.scalar ?? "" }
    /// The access modes asked for, as written.
    public var accessModes: [String] { (node["spec"]?["accessModes"]?.items ?? []).compactMap(\.scalar) }
    /// The `storage` entry of `spec.resources.requests`: how much each replica's volume asks for.
    public var storageRequest: (key: Node, value: Node)? { node["spec"]?["resources"]?["requests"]?.entry("storage") }

    /// Whether a replica's claim may be mounted read-write by one node only
    /// (`ReadWriteOnce`), or one pod only (`ReadWriteOncePod`): each replica its own volume.
    public var isWritableByOneReplica: Bool {
        accessModes.contains("ReadWriteOnce") || accessModes.contains("ReadWriteOncePod")
    }
}

extension KubernetesObject {
    /// The `volumeClaimTemplates` key of a StatefulSet, with its templates.
    public var volumeClaimTemplates: (key: Node, templates: [VolumeClaimTemplate])? {
        guard kind == "StatefulSet", let entry = spec?.entry("volumeClaimTemplates") else { return nil }
        return (entry.key, entry.value.items.filter { $0.kind == .mapping }.map(VolumeClaimTemplate.init))
    }
}
