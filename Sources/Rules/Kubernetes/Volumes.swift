import YAML

/// One entry of a pod spec's `volumes`.
public struct Volume: Sendable {
    public let node: Node
    public let podSpec: PodSpec

    public var name: String? { node["name"]?.scalar }

    /// The node's file or directory this volume puts in the pod, when it is a `hostPath` volume
    /// with a path.
    public var hostPath: HostPath? { HostPath(source: node["hostPath"]) }
}

/// The `hostPath` of a volume or a PersistentVolume: a file or directory of the node.
public struct HostPath: Sendable {
    /// The `path` value, where a finding about the host path points.
    public let pathNode: Node
    /// The path as written.
    public let text: String
    /// The path the node resolves it to, or nil when it is not absolute.
    public let normalized: String?

    init?(source: Node?) {
        guard let source, let node = source["path"], let text = node.scalar, !node.isNull else { return nil }
        pathNode = node
        self.text = text
        normalized = HostPath.normalize(text)
    }

    /// The path as the file system resolves it: `/var//run/./docker.sock/` is
    /// `/var/run/docker.sock`. Nil for a relative path, which names no place on the node.
    public static func normalize(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` is `directory` or lies below it, component by component: `/etc/ssl` is in
    /// `/etc`, `/etcd` is not.
    public static func path(_ path: String, isIn directory: String) -> Bool {
        directory == "/" || path == directory || path.hasPrefix(directory + "/")
    }
}

/// One entry of a container's `volumeMounts`.
public struct VolumeMount: Sendable {
    public let node: Node
    public let container: Container

    public var volumeName: String? { node["name"]?.scalar }
    /// The `name` key: where a finding about a mount that leaves something out points.
    public var nameKey: Node? { node.entry("name")?.key }
    public var mountPath: String? { node["mountPath"]?.scalar }
    /// The `readOnly` entry when it is written.
    public var readOnly: (key: Node, value: Node)? {
        guard let entry = node.entry("readOnly"), !entry.value.isNull else { return nil }
        return entry
    }
    /// Whether the container may write through this mount (`readOnly` unset or false).
    public var isWritable: Bool { readOnly?.value.bool != true }
}

extension Container {
    /// The container's `volumeMounts`, in file order.
    public var volumeMounts: [VolumeMount] {
        (node["volumeMounts"]?.items ?? []).filter { $0.kind == .mapping }.map { VolumeMount(node: $0, container: self) }
    }
}

extension PodSpec {
    /// The pod's `volumes`, in file order.
    public var declaredVolumes: [Volume] {
        volumes.filter { $0.kind == .mapping }.map { Volume(node: $0, podSpec: self) }
    }

    /// The pod's `hostPath` volumes that have a path.
    public var hostPathVolumes: [(volume: Volume, hostPath: HostPath)] {
        declaredVolumes.compactMap { volume in volume.hostPath.map { (volume, $0) } }
    }

    /// Every mount of `volume` by any container of the pod (init and ephemeral ones too): the
    /// containers that can reach what it holds.
    public func mounts(of volume: Volume) -> [VolumeMount] {
        guard let name = volume.name else { return [] }
        return containers(ContainerKind.allCases).flatMap(\.volumeMounts).filter { $0.volumeName == name }
    }
}

extension KubernetesObject {
    /// A PersistentVolume's `spec.hostPath`: whoever claims the volume mounts that node path.
    public var persistentVolumeHostPath: HostPath? {
        kind == "PersistentVolume" ? HostPath(source: spec?["hostPath"]) : nil
    }
}

extension Array where Element == VolumeMount {
    /// The containers behind these mounts, for messages: `container 'a', init container 'b'`.
    var containerList: String {
        var seen: Set<String> = []
        return compactMap { mount -> String? in
            let label = mount.container.kind == .initContainer ? "init container" : mount.container.kind == .ephemeral ? "ephemeral container" : "container"
            let text = "\(label) '\(mount.container.name)'"
            return seen.insert(text).inserted ? text : nil
        }.joined(separator: ", ")
    }
}

extension HostPath {
    /// Whether this is the Docker daemon's socket, at its usual path or through `/run`, which
    /// `/var/run` links to.
    public var isDockerSocket: Bool {
        normalized == "/var/run/docker.sock" || normalized == "/run/docker.sock"
    }
}

extension Volume {
    /// Volume types the kubelet always mounts read-only, whatever the mount says: the API's
    /// data (ConfigMaps, Secrets, the downward API, projections of them) and OCI images.
    static let alwaysReadOnlyTypes = ["configMap", "secret", "downwardAPI", "projected", "image"]

    /// Whether no container can write to this volume, whatever its mounts say.
    public var isAlwaysReadOnly: Bool {
        Volume.alwaysReadOnlyTypes.contains { node[$0] != nil }
    }
}

extension PodSpec {
    /// The volume a mount refers to, by name.
    public func volume(mountedBy mount: VolumeMount) -> Volume? {
        guard let name = mount.volumeName else { return nil }
        return declaredVolumes.last { $0.name == name }
    }
}
