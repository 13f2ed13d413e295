import YAML

/// A document that configures a Kubernetes component instead of describing a cluster object:
/// `KubeletConfiguration`, `KubeSchedulerConfiguration`. Its settings sit at the document's root
/// (no `metadata`, no `spec`), and what it leaves out takes the component's default.
public protocol ComponentConfiguration: Sendable {
    var object: KubernetesObject { get }
}

extension ComponentConfiguration {
    /// The setting at a dotted path (`authentication.anonymous.enabled`), or nil when any step is
    /// missing or the value is `null`: both leave the component's default in force.
    public func setting(_ path: String) -> ConfigurationSetting? {
        var current = object.node
        var found: (key: Node, value: Node)?
        for step in path.split(separator: ".") {
            guard let entry = current.entry(String(step)) else { return nil }
            found = entry
            current = entry.value
        }
        guard let found, !found.value.isNull else { return nil }
        return ConfigurationSetting(path: path, key: found.key, value: found.value)
    }

    /// The document's `kind` key: where a finding about a setting left out points, as KICS does.
    public var kindKey: Node { object.node.entry("kind")?.key ?? object.node }
}

/// One setting of a configuration document: the key as written and its value.
public struct ConfigurationSetting: Sendable {
    /// The dotted path from the document's root, as `authentication.anonymous.enabled`.
    public let path: String
    public let key: Node
    public let value: Node

    /// The value as a message shows it: a scalar's text, a list as `[a, b]`.
    public var shownValue: String {
        if let text = value.scalar { return text }
        if value.kind == .sequence { return "[" + value.items.map { $0.scalar ?? "…" }.joined(separator: ", ") + "]" }
        return "a mapping"
    }
}

/// A kube-scheduler configuration file (`kind: KubeSchedulerConfiguration`,
/// `apiVersion: kubescheduler.config.k8s.io/…`).
public struct KubeSchedulerConfiguration: ComponentConfiguration {
    public let object: KubernetesObject

    public init?(_ object: KubernetesObject) {
        guard object.isConfiguration(kind: "KubeSchedulerConfiguration", group: "kubescheduler.config.k8s.io") else { return nil }
        self.object = object
    }

    /// `enableProfiling`: whether the scheduler serves `/debug/pprof` (on when left out).
    public var enableProfiling: ConfigurationSetting? { setting("enableProfiling") }
}

extension KubernetesObject {
    /// Whether this document is a configuration of `kind` in the API group `group` (any version).
    func isConfiguration(kind expectedKind: String, group: String) -> Bool {
        kind == expectedKind && (apiVersion?.hasPrefix(group + "/") ?? false)
    }

    /// This document read as a kube-scheduler configuration, when it is one.
    public var schedulerConfiguration: KubeSchedulerConfiguration? { KubeSchedulerConfiguration(self) }
}
