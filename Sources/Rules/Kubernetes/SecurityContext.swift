import YAML

/// Whether a container writes a security setting itself or inherits it from its pod.
public enum SettingLevel: Sendable {
    case container, pod
}

/// One security setting as it reaches a container: the entry it was read from, and whether the
/// container wrote it or inherits it from its pod.
public struct SecuritySetting: Sendable {
    /// What the setting is called in messages: `runAsUser`, `seccompProfile.type`, or the name
    /// of an annotation.
    public let name: String
    public let key: Node
    public let value: Node
    public let level: SettingLevel
    /// Whether it was read from an annotation rather than a `securityContext` field.
    public let isAnnotation: Bool
    /// The container it reaches.
    public let container: Container

    /// Where a finding about this setting's value points: a scalar value itself, or the key of
    /// a value that spans lines.
    public var location: Node { value.kind == .scalar ? value : key }

    /// The span a finding about this setting is about: the container that wrote it, or the pod
    /// spec its containers inherit it from.
    public var scope: Node { level == .container ? container.node : container.podSpec.node }

    /// Who wrote the setting, to open a message: `Pod 'web' container 'app'` when the container
    /// wrote it, `Pod 'web' pod securityContext` when the pod did.
    public var subject: String {
        switch (level, isAnnotation) {
        case (.container, _): return container.displayName
        case (.pod, false): return "\(container.object.identity) pod securityContext"
        case (.pod, true): return "\(container.object.identity) pod annotation"
        }
    }

    /// Whom the value applies to, for messages: `the container`, or `every container that does
    /// not set its own` when the pod wrote it.
    public var appliesTo: String {
        level == .container ? "the container" : "every container that does not set its own"
    }

    /// The value's text, for messages.
    public var text: String { value.scalar ?? "(not a scalar)" }
}

/// The security context that applies to a container: the container's own `securityContext`
/// over its pod's, field by field, as the kubelet merges them, with the entry each value was
/// read from so that a finding can point at it.
public struct EffectiveSecurityContext: Sendable {
    public let container: Container

    /// The container's own `securityContext` mapping.
    public var containerLevel: Node? { container.securityContext.flatMap { $0.kind == .mapping ? $0 : nil } }
    /// The pod's `securityContext` mapping.
    public var podLevel: Node? { container.podSpec.securityContext.flatMap { $0.kind == .mapping ? $0 : nil } }

    /// A field only a container's `securityContext` has (`privileged`, `readOnlyRootFilesystem`).
    public func own(_ field: String) -> SecuritySetting? {
        setting(field, in: containerLevel, level: .container)
    }

    /// A field both the container and its pod may set (`runAsUser`, `runAsNonRoot`,
    /// `runAsGroup`): the container's value wins.
    public func inherited(_ field: String) -> SecuritySetting? {
        setting(field, in: containerLevel, level: .container) ?? setting(field, in: podLevel, level: .pod)
    }

    public var runAsUser: SecuritySetting? { inherited("runAsUser") }
    public var runAsNonRoot: SecuritySetting? { inherited("runAsNonRoot") }
    public var runAsGroup: SecuritySetting? { inherited("runAsGroup") }
    public var privileged: SecuritySetting? { own("privileged") }
    public var allowPrivilegeEscalation: SecuritySetting? { own("allowPrivilegeEscalation") }
    public var readOnlyRootFilesystem: SecuritySetting? { own("readOnlyRootFilesystem") }
    public var procMount: SecuritySetting? { own("procMount") }

    /// The seccomp profile the container runs with: `seccompProfile.type` of the container, the
    /// container's annotation, then the pod's field and the pod's annotation, in the order the
    /// kubelet reads them. The annotations were replaced by the field in Kubernetes 1.19 and are
    /// ignored since 1.25, but older manifests still carry them.
    public var seccompProfile: SecuritySetting? {
        let annotations = container.podSpec.annotations
        return profileType("seccompProfile", in: containerLevel, level: .container)
            ?? annotation("container.seccomp.security.alpha.kubernetes.io/\(container.name)", in: annotations, level: .container)
            ?? profileType("seccompProfile", in: podLevel, level: .pod)
            ?? annotation("seccomp.security.alpha.kubernetes.io/pod", in: annotations, level: .pod)
            // A PodSecurityPolicy's annotation, which KICS also reads on pods.
            ?? annotation("seccomp.security.alpha.kubernetes.io/defaultProfileName", in: annotations, level: .pod)
    }

    /// The AppArmor profile the container runs with: `appArmorProfile.type` of the container,
    /// the container's annotation, then the pod's field. The field replaced the annotation in
    /// Kubernetes 1.30.
    public var appArmorProfile: SecuritySetting? {
        profileType("appArmorProfile", in: containerLevel, level: .container)
            ?? annotation("container.apparmor.security.beta.kubernetes.io/\(container.name)", in: container.podSpec.annotations, level: .container)
            ?? profileType("appArmorProfile", in: podLevel, level: .pod)
    }

    /// Where a finding about a field the container does not set points: the deepest key along
    /// `path` under the container's `securityContext` that is there (`securityContext`,
    /// `securityContext.capabilities`, …), or the container itself when it has no
    /// `securityContext`.
    public func missingLocation(_ path: String...) -> Node {
        guard let securityContext = container.node.entry("securityContext"), !securityContext.value.isNull else {
            return container.node
        }
        var deepest = securityContext
        for field in path {
            guard let next = deepest.value.entry(field), !next.value.isNull else { break }
            deepest = next
        }
        return deepest.key
    }

    private func setting(_ field: String, in context: Node?, level: SettingLevel) -> SecuritySetting? {
        guard let entry = context?.entry(field), !entry.value.isNull else { return nil }
        return SecuritySetting(name: field, key: entry.key, value: entry.value, level: level, isAnnotation: false, container: container)
    }

    private func profileType(_ field: String, in context: Node?, level: SettingLevel) -> SecuritySetting? {
        guard let entry = context?[field]?.entry("type"), !entry.value.isNull else { return nil }
        return SecuritySetting(name: "\(field).type", key: entry.key, value: entry.value, level: level, isAnnotation: false, container: container)
    }

    private func annotation(_ name: String, in annotations: Node?, level: SettingLevel) -> SecuritySetting? {
        guard let entry = annotations?.entry(name), !entry.value.isNull else { return nil }
        return SecuritySetting(name: name, key: entry.key, value: entry.value, level: level, isAnnotation: true, container: container)
    }
}

extension Container {
    /// The security context that applies to this container, its own over its pod's.
    public var effectiveSecurityContext: EffectiveSecurityContext { EffectiveSecurityContext(container: self) }
}

extension PodSpec {
    /// The key this pod spec is the value of (a Pod's `spec`, a template's `spec`): where a
    /// finding about something the pod spec lacks points.
    public var key: Node {
        node.parent?.pairs.first { $0.value == node }?.key ?? node
    }

    /// The pod's metadata: a Pod's own, or its template's.
    public var metadata: Node? { node.parent?["metadata"] }

    /// The pod's `annotations` mapping.
    public var annotations: Node? { metadata?["annotations"] }

    /// Whether the pod asks for Windows nodes (`os.name: windows`), where Linux security fields
    /// (users, capabilities, seccomp, AppArmor) do not apply and may not even be set.
    public var isWindows: Bool { node["os"]?["name"]?.scalar == "windows" }
}

extension Findings {
    /// Adds a finding about a security setting's value. A value the container writes is a
    /// finding about that container; a value its pod writes is one finding about the pod spec,
    /// however many containers inherit it.
    public mutating func add(_ message: String, about setting: SecuritySetting) {
        let location = setting.location
        if setting.level == .pod, list.contains(where: { $0.location == location.span && $0.path == location.tree.path }) {
            return
        }
        add(message, at: location, scope: setting.scope, object: setting.container.object,
            container: setting.level == .container ? setting.container : nil)
    }
}
