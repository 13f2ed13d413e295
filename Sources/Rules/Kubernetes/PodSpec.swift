import YAML

/// A pod specification inside an object: a Pod's `spec`, a workload's `spec.template.spec`,
/// a CronJob's `spec.jobTemplate.spec.template.spec`.
public struct PodSpec: Sendable {
    public let node: Node
    public let object: KubernetesObject

    public var securityContext: Node? { node["securityContext"] }
    public var volumes: [Node] { node["volumes"]?.items ?? [] }

    /// The containers of this pod spec, of the kinds asked for, in file order by kind.
    public func containers(_ kinds: [ContainerKind] = [.regular, .initContainer]) -> [Container] {
        kinds.flatMap { kind in
            (node[kind.key]?.items ?? []).filter { $0.kind == .mapping }.map { Container(node: $0, kind: kind, podSpec: self) }
        }
    }
}

extension KubernetesObject {
    /// Kinds whose pod template sits at `spec.template.spec`.
    static let workloadKinds: Set<String> = [
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
    ]

    /// The pod specs this object carries: one for a Pod, a workload, a CronJob or a PodTemplate.
    /// An unknown kind (a custom resource) is read the same way when its shape matches.
    public var podSpecs: [PodSpec] {
        guard let memo else { return findPodSpecs() }
        return memo.podSpecs { unmemoized.findPodSpecs() }
    }

    private func findPodSpecs() -> [PodSpec] {
        let candidates: [Node?]
        switch kind {
        case "Pod": candidates = [spec]
        case "PodTemplate": candidates = [node["template"]?["spec"]]
        case "CronJob": candidates = [spec?["jobTemplate"]?["spec"]?["template"]?["spec"]]
        case _ where Self.workloadKinds.contains(kind): candidates = [spec?["template"]?["spec"]]
        default:
            let shapes = [
                spec?["jobTemplate"]?["spec"]?["template"]?["spec"],
                spec?["template"]?["spec"],
                spec,
            ]
            candidates = [shapes.compactMap { $0 }.first { $0["containers"] != nil }]
        }
        return candidates.compactMap { $0 }.filter { $0.kind == .mapping }.map { PodSpec(node: $0, object: self) }
    }

    /// Every container of every pod spec of this object, of the kinds asked for.
    public func containers(_ kinds: [ContainerKind] = [.regular, .initContainer]) -> [Container] {
        if let memo, kinds == [.regular, .initContainer] {
            return memo.containers { unmemoized.podSpecs.flatMap { $0.containers(kinds) } }
        }
        return podSpecs.flatMap { $0.containers(kinds) }
    }
}
