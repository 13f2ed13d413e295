import Foundation
import YAML

/// One Kubernetes object: a document's root mapping, or an item of a `kind: List`.
public struct KubernetesObject: Sendable {
    /// The object's mapping.
    public let node: Node
    /// 0-based index of the document in its file.
    public let documentIndex: Int
    /// What names the object, read once: every rule asks for the kind, every finding for the
    /// identity. Shared with the object's unmemoized copies.
    private let facts: ObjectFacts
    /// What many rules ask of this object (its containers, the components they run), worked
    /// out once; nil for the copies that memo itself holds.
    let memo: ObjectMemo?

    init(node: Node, documentIndex: Int) {
        self.node = node
        self.documentIndex = documentIndex
        facts = ObjectFacts(node: node, documentIndex: documentIndex)
        memo = ObjectMemo()
    }

    private init(node: Node, documentIndex: Int, facts: ObjectFacts) {
        self.node = node
        self.documentIndex = documentIndex
        self.facts = facts
        memo = nil
    }

    /// This object without a memo: what the memo's own values refer to, so that no reference
    /// cycle forms between an object's memo and the containers stored in it.
    var unmemoized: KubernetesObject {
        memo == nil ? self : KubernetesObject(node: node, documentIndex: documentIndex, facts: facts)
    }

    public var path: String { node.tree.path }
    public var apiVersion: String? { node["apiVersion"]?.scalar }
    public var kind: String { facts.kind }
    public var metadata: Node? { node["metadata"] }
    public var name: String? { facts.name }
    public var namespace: String? { facts.namespace }
    public var spec: Node? { node["spec"] }

    public var identity: ObjectIdentity { facts.identity }

    /// Whether this document is a CNI network configuration rather than a Kubernetes object:
    /// it has neither `apiVersion` nor `kind`, and reads as one (`CNINetworkConfiguration`).
    public var isCNINetworkConfiguration: Bool { facts.isCNINetworkConfiguration }

    /// Every Kubernetes object in a file: each document that has `apiVersion` and `kind`, and
    /// the items of `kind: List` documents (`PodList`, `DeploymentList`, … too). A node's CNI
    /// network configuration, which has neither, is judged too (`isCNINetworkConfiguration`).
    public static func objects(in tree: YAMLTree) -> [KubernetesObject] {
        var objects: [KubernetesObject] = []
        for (index, root) in tree.documents.enumerated() {
            let document = KubernetesObject(node: root.resolved, documentIndex: index)
            if document.isCNINetworkConfiguration { objects.append(document) }
            guard document.isObject else { continue }
            if document.kind == "List" || document.kind.hasSuffix("List"), let items = root["items"] {
                for item in items.items {
                    let object = KubernetesObject(node: item, documentIndex: index)
                    if object.isObject { objects.append(object) }
                }
            } else {
                objects.append(document)
            }
        }
        return objects
    }

    private var isObject: Bool {
        node.kind == .mapping && !kind.isEmpty && apiVersion != nil
    }
}

/// What names an object in a cluster, and in a message: `Pod kube-system/kube-apiserver`.
public struct ObjectIdentity: Hashable, Sendable, CustomStringConvertible {
    public var kind: String
    public var namespace: String?
    public var name: String

    public init(kind: String, namespace: String?, name: String) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    public var description: String {
        "\(kind) '\(namespace.map { "\($0)/" } ?? "")\(name)'"
    }
}

/// An object's kind, name, namespace and identity, and whether it is a CNI configuration.
final class ObjectFacts: Sendable {
    let kind: String
    let name: String?
    let namespace: String?
    let identity: ObjectIdentity
    let isCNINetworkConfiguration: Bool

    init(node: Node, documentIndex: Int) {
        kind = node["kind"]?.scalar ?? ""
        let metadata = node["metadata"]
        name = metadata?["name"]?.scalar
        namespace = metadata?["namespace"]?.scalar
        isCNINetworkConfiguration = node["apiVersion"] == nil && node["kind"] == nil && CNINetworkConfiguration(node) != nil
        if isCNINetworkConfiguration {
            identity = ObjectIdentity(kind: "CNI network configuration", namespace: nil,
                                      name: node["name"]?.scalar ?? "document \(documentIndex + 1)")
        } else {
            identity = ObjectIdentity(kind: kind, namespace: namespace, name: name ?? "document \(documentIndex + 1)")
        }
    }
}

/// The pod specs of one object, their containers and the component invocations in them,
/// worked out the first time a rule asks: most rules ask for the same ones.
///
/// `@unchecked Sendable` is sound because the stored values are only read and written while
/// `lock` is held; values are worked out outside the lock (two threads may both work one out,
/// and either result is the same).
final class ObjectMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var podSpecs: [PodSpec]?
    private var podLabelSets: [[String: String]]?
    private var containers: [Container]?
    private var invocations: [String: [ComponentInvocation]] = [:]

    func podSpecs(_ compute: () -> [PodSpec]) -> [PodSpec] {
        remembered(\.podSpecs, compute)
    }

    func podLabelSets(_ compute: () -> [[String: String]]) -> [[String: String]] {
        remembered(\.podLabelSets, compute)
    }

    func containers(_ compute: () -> [Container]) -> [Container] {
        remembered(\.containers, compute)
    }

    private func remembered<Value>(_ slot: ReferenceWritableKeyPath<ObjectMemo, Value?>, _ compute: () -> Value) -> Value {
        lock.lock()
        let known = self[keyPath: slot]
        lock.unlock()
        if let known { return known }
        let value = compute()
        lock.lock()
        self[keyPath: slot] = value
        lock.unlock()
        return value
    }

    func invocations(of component: String, _ compute: () -> [ComponentInvocation]) -> [ComponentInvocation] {
        lock.lock()
        let known = invocations[component]
        lock.unlock()
        if let known { return known }
        let value = compute()
        lock.lock()
        invocations[component] = value
        lock.unlock()
        return value
    }
}
