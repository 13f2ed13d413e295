import YAML

public enum ContainerKind: String, Sendable, CaseIterable {
    case regular, initContainer, ephemeral

    /// The pod spec key that lists containers of this kind.
    var key: String {
        switch self {
        case .regular: return "containers"
        case .initContainer: return "initContainers"
        case .ephemeral: return "ephemeralContainers"
        }
    }
}

/// One container of a pod spec.
///
/// A class: most rules walk an object's containers, and copying a reference is one retain where
/// copying the value retained the tree and the object several times over.
public final class Container: Sendable {
    public let node: Node
    public let kind: ContainerKind
    public let podSpec: PodSpec
    public let name: String

    init(node: Node, kind: ContainerKind, podSpec: PodSpec) {
        self.node = node
        self.kind = kind
        self.podSpec = podSpec
        name = node["name"]?.scalar ?? "container at line \(node.start.line)"
    }

    public var object: KubernetesObject { podSpec.object }
    public var image: String? { node["image"]?.scalar }
    public var securityContext: Node? { node["securityContext"] }

    /// The `command` key itself: where a finding about the command line points.
    public var commandKey: Node? { node.entry("command")?.key }

    /// `command` and `args` read together, as the kubelet runs them.
    public var commandLine: ContainerCommand { ContainerCommand(command: node["command"], args: node["args"]) }

    /// `Pod 'kube-system/kube-apiserver' container 'kube-apiserver'`, for messages.
    public var displayName: String {
        let label = kind == .initContainer ? "init container" : kind == .ephemeral ? "ephemeral container" : "container"
        return "\(object.identity) \(label) '\(name)'"
    }
}
