import YAML

/// A compute resource a container asks the scheduler for (`requests`) or is capped at (`limits`).
public enum ComputeResource: String, Sendable, CaseIterable {
    case cpu, memory

    /// For messages: `CPU`, `memory`.
    public var noun: String { self == .cpu ? "CPU" : "memory" }
}

/// A container's `resources`: what it asks the scheduler for and what it is capped at. A `null`
/// section is read as absent, as the API server reads it.
public struct ContainerResources: Sendable {
    public let container: Container

    /// The `resources` key, when the container has a `resources` mapping.
    public var key: Node? { entry(in: container.node, "resources")?.key }
    /// The `limits` key, when `resources` has a `limits` mapping.
    public var limitsKey: Node? { entry(in: resources, "limits")?.key }
    /// The `requests` key, when `resources` has a `requests` mapping.
    public var requestsKey: Node? { entry(in: resources, "requests")?.key }

    /// The entry capping `resource`, written in the container's `limits`.
    public func limit(_ resource: ComputeResource) -> (key: Node, value: Node)? {
        scalarEntry(in: entry(in: resources, "limits")?.value, resource.rawValue)
    }

    /// The entry asking for `resource`, written in the container's `requests`.
    public func request(_ resource: ComputeResource) -> (key: Node, value: Node)? {
        scalarEntry(in: entry(in: resources, "requests")?.value, resource.rawValue)
    }

    /// The request the scheduler counts: the container's own, or else its limit, which the API
    /// server copies into `requests` when a container sets a limit and no request.
    public func effectiveRequest(_ resource: ComputeResource) -> (key: Node, value: Node)? {
        request(resource) ?? limit(resource)
    }

    private var resources: Node? { entry(in: container.node, "resources")?.value }

    private func entry(in mapping: Node?, _ key: String) -> (key: Node, value: Node)? {
        guard let entry = mapping?.entry(key), entry.value.kind == .mapping else { return nil }
        return entry
    }

    private func scalarEntry(in mapping: Node?, _ key: String) -> (key: Node, value: Node)? {
        guard let entry = mapping?.entry(key), !entry.value.isNull, entry.value.scalar?.isEmpty == false else { return nil }
        return entry
    }
}

extension Container {
    /// What this container asks for and is capped at.
    public var resources: ContainerResources { ContainerResources(container: self) }
}

extension PodSpec {
    /// A limit on `resource` for the whole pod (`spec.resources.limits`), which caps containers
    /// that set none of their own.
    public func podLevelLimit(_ resource: ComputeResource) -> Node? {
        podLevel("limits", resource)
    }

    /// A request for `resource` for the whole pod (`spec.resources.requests`, or its limit, which
    /// the API server copies over as it does for containers); the scheduler counts it instead of
    /// the containers' own.
    public func podLevelRequest(_ resource: ComputeResource) -> Node? {
        podLevel("requests", resource) ?? podLevel("limits", resource)
    }

    private func podLevel(_ section: String, _ resource: ComputeResource) -> Node? {
        guard let value = node["resources"]?[section]?[resource.rawValue], !value.isNull,
              value.scalar?.isEmpty == false else { return nil }
        return value
    }
}
