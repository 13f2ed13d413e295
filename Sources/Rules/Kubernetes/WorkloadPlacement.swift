import YAML

extension KubernetesObject {
    /// Whether the object is placed in `kube-system`, the namespace of the cluster's own
    /// components.
    public var isInKubeSystem: Bool { namespace == "kube-system" }

    /// A workload's `spec.replicas`, when it is a number.
    public var replicas: Int? {
        guard let node = spec?["replicas"] else { return nil }
        return node.int ?? node.scalar.flatMap { Int($0) }
    }
}
