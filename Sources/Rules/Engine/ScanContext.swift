import YAML

/// Every object of a scan, for rules that judge one object by another (a Service by the pods
/// it selects, a RoleBinding by its ServiceAccount).
public struct ScanContext: Sendable {
    public let objects: [KubernetesObject]
    /// What cross-resource rules look up, worked out once per scan (`ReferenceIndex.swift`).
    let references = ReferenceIndex()

    /// The objects by kind, grouped once: rules ask for one kind per object they judge, and a
    /// filter over every object each time would make a scan quadratic in its objects.
    private let objectsByKind: [String: [KubernetesObject]]

    public init(objects: [KubernetesObject]) {
        self.objects = objects
        objectsByKind = Dictionary(grouping: objects, by: \.kind)
    }

    public static let empty = ScanContext(objects: [])

    public func objects(ofKind kind: String) -> [KubernetesObject] {
        objectsByKind[kind] ?? []
    }
}
