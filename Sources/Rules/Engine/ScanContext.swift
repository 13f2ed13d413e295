import YAML

/// Every object of a scan, for rules that judge one object by another (a Service by the pods
/// it selects, a RoleBinding by its ServiceAccount).
public struct ScanContext: Sendable {
    public let objects: [KubernetesObject]
    /// What cross-resource rules look up, worked out once per scan (`ReferenceIndex.swift`).
    let references = ReferenceIndex()

    public init(objects: [KubernetesObject]) {
        self.objects = objects
    }

    public static let empty = ScanContext(objects: [])

    public func objects(ofKind kind: String) -> [KubernetesObject] {
        objects.filter { $0.kind == kind }
    }
}
