import YAML

/// How one object refers to others of the scan: the service account a pod runs as, the pods a
/// Service selects, the bindings that hand out a role.
///
/// Namespaces: an object that names no namespace goes wherever the manifests are applied, so
/// it may be in the namespace of any other object; two objects that both name one must name the
/// same. A RoleBinding's ServiceAccount subject is in its own `namespace`, else the binding's.
extension KubernetesObject {
    /// Whether this object may be in the same namespace as `other`, as far as the manifests tell.
    public func mayShareNamespace(with other: KubernetesObject) -> Bool {
        Self.mayBeSameNamespace(namespace, other.namespace)
    }

    /// Whether two namespaces, either of them unwritten, may be the same.
    static func mayBeSameNamespace(_ one: String?, _ other: String?) -> Bool {
        one == nil || other == nil || one == other
    }

    /// Whether this is a ServiceAccount (core API group).
    public var isServiceAccount: Bool { kind == "ServiceAccount" && apiVersion == "v1" }
}

extension PodSpec {
    /// The `automountServiceAccountToken` entry, when written and not `null`.
    public var automountEntry: (key: Node, value: Node)? {
        guard let entry = node.entry("automountServiceAccountToken"), !entry.value.isNull else { return nil }
        return entry
    }

    /// The service account the pod runs as: the one it names, else its namespace's `default`.
    public var effectiveServiceAccountName: String { serviceAccountName ?? "default" }
}

extension ScanContext {
    private var index: ReferenceIndex.Built { references(objects) }

    /// Every pod spec of the scan.
    public var podSpecs: [PodSpec] { index.podSpecs }

    /// The ServiceAccounts of the scan named `name` that may be in `object`'s namespace.
    public func serviceAccounts(named name: String, near object: KubernetesObject) -> [KubernetesObject] {
        (index.serviceAccountsByName[name] ?? []).filter { $0.mayShareNamespace(with: object) }
    }

    /// The Services of the scan named `name` that may be in `object`'s namespace.
    public func services(named name: String, near object: KubernetesObject) -> [Service] {
        (index.servicesByName[name] ?? []).filter { $0.object.mayShareNamespace(with: object) }
    }

    /// The pod specs of the scan that run as the ServiceAccount `account` and may be in its
    /// namespace.
    public func podSpecs(runningAs account: KubernetesObject) -> [PodSpec] {
        guard let name = account.name else { return [] }
        return (index.podSpecsByAccount[name] ?? []).filter { $0.object.mayShareNamespace(with: account) }
    }

    /// The other objects of the scan whose pods name the service account `account` and that
    /// may be in `object`'s namespace: the first of them in scan order and how many there are,
    /// each object counted once however often it is written.
    public func otherObjects(namingAccount account: String, near object: KubernetesObject) -> (first: ObjectIdentity, count: Int)? {
        let byNamespace = index.accountHolders[account] ?? [:]
        let groups = object.namespace == nil ? Array(byNamespace.values) : [byNamespace[object.namespace], byNamespace[nil]].compactMap { $0 }
        let identity = object.identity
        var first: (position: Int, identity: ObjectIdentity)?
        var count = 0
        for group in groups {
            count += group.count(besides: identity)
            if let candidate = group.first(besides: identity), candidate.position < first?.position ?? .max { first = candidate }
        }
        return first.map { ($0.identity, count) }
    }

    /// The objects of the scan running pods that live in `object`'s namespace, in scan order.
    public func podRunners(inNamespaceOf object: KubernetesObject) -> [KubernetesObject] {
        index.podRunnersByNamespace[object.effectiveNamespace] ?? []
    }

    /// Whether the scan holds a pod spec that may be in `object`'s namespace.
    public func holdsPods(near object: KubernetesObject) -> Bool {
        index.podNamespaces.contains { KubernetesObject.mayBeSameNamespace($0, object.namespace) }
    }

    /// The pod specs of the scan a Service sends traffic to: those in its namespace whose
    /// labels hold every pair of its selector. A Service without a selector selects none.
    public func podSpecs(selectedBy service: Service) -> [PodSpec] {
        let selector = service.selectorLabels
        guard let (key, value) = selector.first else { return [] }
        return (index.podSpecsByLabel["\(key)=\(value)"] ?? []).filter { podSpec in
            podSpec.object.mayShareNamespace(with: service.object) && Service.selector(selector, selects: podSpec.podLabels)
        }
    }

    /// The RoleBindings and ClusterRoleBindings of the scan that bind the Role or ClusterRole
    /// `role`. A RoleBinding refers to a Role of its own namespace; a ClusterRole may be bound
    /// by either kind of binding.
    public func bindings(of role: KubernetesObject) -> [RoleBinding] {
        guard role.isRole, let name = role.name else { return [] }
        return (index.bindingsByRoleName[name] ?? []).filter { binding in
            guard binding.roleRef?.kind == role.kind else { return false }
            return role.kind == "ClusterRole" || (!binding.isClusterWide && binding.object.mayShareNamespace(with: role))
        }
    }

    /// Every container of the scan that runs kube-apiserver.
    public var apiserverInvocations: [ComponentInvocation] { index.apiserverInvocations }

    /// Whether some object of the scan sets up an external secret store.
    public var setsUpExternalSecretStore: Bool { index.hasExternalSecretStore }
}

/// One item of a Service's `ports`.
public struct ServicePort: Sendable {
    public let node: Node

    /// The `port` entry: the port the Service listens on.
    public var portEntry: (key: Node, value: Node)? { node.entry("port") }

    /// Where traffic goes in the pods: `targetPort`, a number or a container port's name;
    /// when left out, the same number as `port`.
    public var target: String? {
        if let written = node["targetPort"], !written.isNull, let text = written.scalar { return text }
        return portEntry?.value.scalar
    }
}

extension Service {
    /// The `spec.selector` entry, when it is a mapping.
    public var selectorEntry: (key: Node, value: Node)? {
        guard let entry = object.spec?.entry("selector"), entry.value.kind == .mapping else { return nil }
        return entry
    }

    /// The selector's label pairs: a Service selects by equality only.
    public var selectorLabels: [String: String] {
        var labels: [String: String] = [:]
        for (key, value) in selectorEntry?.value.pairs ?? [] {
            if let key = key.scalar, let value = value.scalar { labels[key] = value }
        }
        return labels
    }

    public var ports: [ServicePort] {
        (object.spec?["ports"]?.items ?? []).filter { $0.kind == .mapping }.map(ServicePort.init)
    }
}

extension PodSpec {
    /// Whether a container of the pod declares `target` as a port: its number, or its name.
    /// A container may listen on ports it does not declare, so only a pod that declares some
    /// ports can be said not to have `target`.
    public func declaresPort(_ target: String) -> Bool {
        containers([.regular]).contains { container in
            (container.node["ports"]?.items ?? []).contains { port in
                port["containerPort"]?.scalar == target || port["name"]?.scalar == target
            }
        }
    }

    /// Whether any container of the pod declares a port.
    public var declaresPorts: Bool {
        containers([.regular]).contains { !($0.node["ports"]?.items ?? []).isEmpty }
    }
}

/// An Ingress, read for the Services it routes to.
public struct Ingress: Sendable {
    public let object: KubernetesObject

    /// Every backend that names a Service: the default one (`defaultBackend`, or the older
    /// `backend`), then each path's, in file order.
    public var backends: [IngressBackend] {
        var entries: [(key: Node, value: Node)] = []
        for field in ["defaultBackend", "backend"] {
            if let entry = object.spec?.entry(field) { entries.append(entry) }
        }
        for rule in object.spec?["rules"]?.items ?? [] {
            for path in rule["http"]?["paths"]?.items ?? [] {
                if let entry = path.entry("backend") { entries.append(entry) }
            }
        }
        return entries.compactMap { entry in
            guard entry.value.kind == .mapping else { return nil }
            let backend = IngressBackend(key: entry.key, node: entry.value)
            return backend.serviceName == nil ? nil : backend
        }
    }
}

/// One backend of an Ingress.
public struct IngressBackend: Sendable {
    /// The `backend` key, where a finding about the route points.
    public let key: Node
    public let node: Node

    /// The Service it names: `service.name`, or the older `serviceName`.
    public var serviceName: String? { node["service"]?["name"]?.scalar ?? node["serviceName"]?.scalar }

    /// The Service port it names, by number or by name: `service.port.number` or `.name`, or
    /// the older `servicePort`.
    public var port: String? {
        let port = node["service"]?["port"]
        return port?["number"]?.scalar ?? port?["name"]?.scalar ?? node["servicePort"]?.scalar
    }

    /// Whether requests sent here reach `service`: it names the Service and one of its ports
    /// (by `port` number or by `name`); a backend that names no port is taken to reach any.
    public func reaches(_ service: Service) -> Bool {
        guard let serviceName, serviceName == service.object.name else { return false }
        guard let port else { return true }
        return service.ports.contains { $0.portEntry?.value.scalar == port || $0.node["name"]?.scalar == port }
    }
}

extension KubernetesObject {
    /// The object as an Ingress, when it is one (`networking.k8s.io`, or the older `extensions`).
    public var ingress: Ingress? {
        kind == "Ingress" && (apiGroup == "networking.k8s.io" || apiGroup == "extensions") ? Ingress(object: self) : nil
    }
}

extension KubernetesObject {
    /// Whether this object sets up a store that keeps secrets outside the cluster: an External
    /// Secrets Operator `SecretStore` or `ClusterSecretStore`, or a Secrets Store CSI driver
    /// `SecretProviderClass`, that names its `provider`.
    public var setsUpExternalSecretStore: Bool {
        let provider = spec?["provider"]
        let named = provider.map { !$0.isNull && ($0.scalar.map { !$0.isEmpty } ?? !$0.pairs.isEmpty) } ?? false
        switch (apiGroup, kind) {
        case ("external-secrets.io", "SecretStore"), ("external-secrets.io", "ClusterSecretStore"),
             ("secrets-store.csi.x-k8s.io", "SecretProviderClass"):
            return named
        default:
            return false
        }
    }
}
