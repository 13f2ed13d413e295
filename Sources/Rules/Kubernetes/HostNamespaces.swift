import YAML

/// A namespace of the node that a pod can share instead of getting its own.
public enum HostNamespace: String, Sendable, CaseIterable {
    case pid = "hostPID"
    case ipc = "hostIPC"
    case network = "hostNetwork"

    /// The pod spec (and PodSecurityPolicy) field that shares it.
    public var field: String { rawValue }

    /// For messages: `process ID`, `IPC`, `network`.
    public var noun: String {
        switch self {
        case .pid: return "process ID"
        case .ipc: return "IPC"
        case .network: return "network"
        }
    }
}

extension PodSpec {
    /// The `hostPID: true` (`hostIPC`, `hostNetwork`) entry when this pod shares the node's
    /// namespace; nil when it gets its own.
    public func sharing(_ namespace: HostNamespace) -> (key: Node, value: Node)? {
        guard let entry = node.entry(namespace.field), entry.value.bool == true else { return nil }
        return entry
    }
}
