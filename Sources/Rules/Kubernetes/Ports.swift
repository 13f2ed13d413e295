import YAML

extension Container {
    /// The container's `ports` entries that bind a port of the node (`hostPort` set and not 0).
    public var hostPorts: [Node] {
        (node["ports"]?.items ?? []).filter { port in
            guard let hostPort = port["hostPort"], !hostPort.isNull, let text = hostPort.scalar else { return false }
            return Int(text) != 0
        }
    }

    /// The `ports` key, where a finding about the container's ports points.
    public var portsKey: Node? { node.entry("ports")?.key }
}
