import YAML

extension KubernetesObject {
    /// The namespace the object lives in once applied: the one it names, else `default`.
    /// Manifests that name none are applied to the namespace of the command that applies them,
    /// which for objects meant to work together is one and the same; `default` stands for it.
    public var effectiveNamespace: String { namespace ?? "default" }

    /// Whether both objects live in one namespace, where selectors and names reach.
    public func sharesNamespace(with other: KubernetesObject) -> Bool {
        effectiveNamespace == other.effectiveNamespace
    }

    /// The `selector` of a workload or PodDisruptionBudget, or the `podSelector` of a
    /// NetworkPolicy, when it is a mapping.
    public var labelSelector: LabelSelector? {
        let key = kind == "NetworkPolicy" ? "podSelector" : "selector"
        guard let node = spec?[key], node.kind == .mapping else { return nil }
        return LabelSelector(node: node)
    }

    /// The labels of each of the object's pod templates (a Pod's own labels); worked out once,
    /// as every selector of the scan is matched against them.
    public var podLabelSets: [[String: String]] {
        guard let memo else { return podSpecs.map(\.podLabels) }
        return memo.podLabelSets { podSpecs.map(\.podLabels) }
    }

    /// Whether a workload's own `selector` selects its pod template, as the API server requires
    /// before it accepts the workload; true when the object has no selector (a Pod, a CronJob).
    /// A workload that fails this is never created, so nothing is said about what goes with it.
    public var selectsOwnPods: Bool {
        guard runsPods, kind != "Pod", spec?["selector"] != nil else { return true }
        guard let selector = labelSelector else { return false }
        return podLabelSets.allSatisfy { selector.matches($0) }
    }

    /// Whether this object's label selector selects `object`'s pods, in its own namespace.
    public func selectsPods(of object: KubernetesObject) -> Bool {
        guard let selector = labelSelector else { return false }
        return selects(object, with: selector)
    }

    /// The same, for the selector already read, when many objects are asked about.
    fileprivate func selects(_ object: KubernetesObject, with selector: LabelSelector) -> Bool {
        sharesNamespace(with: object) && object.podLabelSets.contains { selector.matches($0) }
    }

    /// Whether the object runs pods: a Pod, a workload, a CronJob.
    public var runsPods: Bool { !podSpecs.isEmpty }
}

extension ScanContext {
    /// The objects of `kind` whose label selector selects `object`'s pods in its namespace: the
    /// PodDisruptionBudgets guarding a Deployment, the NetworkPolicies isolating a Pod.
    public func objects(ofKind kind: String, selectingPodsOf object: KubernetesObject) -> [KubernetesObject] {
        objects(ofKind: kind).filter { $0.selectsPods(of: object) }
    }

    /// The objects running pods that `selecting`'s label selector selects in its namespace: the
    /// pods a NetworkPolicy applies to.
    public func podRunners(selectedBy selecting: KubernetesObject) -> [KubernetesObject] {
        guard let selector = selecting.labelSelector else { return [] }
        return podRunners(inNamespaceOf: selecting).filter { selecting.selects($0, with: selector) }
    }
}

extension Service {
    /// Whether the Service is headless (`clusterIP: None`): DNS gives the addresses of its pods
    /// themselves, each under its own name, rather than one virtual address.
    public var isHeadless: Bool { object.spec?["clusterIP"]?.scalar == "None" }

    /// Whether the Service's `selector` selects `object`'s pods in its namespace: every pair of
    /// the selector is among the pods' labels. A Service without a selector selects no pod (its
    /// endpoints are managed by hand).
    public func selectsPods(of other: KubernetesObject) -> Bool {
        guard object.sharesNamespace(with: other) else { return false }
        return other.podLabelSets.contains(where: selects(podsLabelled:))
    }

    /// Whether pods carrying `labels` are selected: the Service has a selector and every pair
    /// of it is among the labels.
    public func selects(podsLabelled labels: [String: String]) -> Bool {
        Self.selector(selectorLabels, selects: labels)
    }

    /// The same for a selector already read, when many pods are asked about.
    static func selector(_ selector: [String: String], selects labels: [String: String]) -> Bool {
        !selector.isEmpty && selector.allSatisfy { labels[$0.key] == $0.value }
    }
}

extension KubernetesObject {
    /// Whether this HorizontalPodAutoscaler scales `object`: its `scaleTargetRef` names the
    /// object's kind and name, and both live in one namespace.
    public func scales(_ object: KubernetesObject) -> Bool {
        guard kind == "HorizontalPodAutoscaler", sharesNamespace(with: object),
              let target = spec?["scaleTargetRef"], let name = object.name else { return false }
        return target["kind"]?.scalar == object.kind && target["name"]?.scalar == name
    }
}

/// The directions of traffic a NetworkPolicy isolates its pods for.
public enum PolicyDirection: String, Sendable, CaseIterable {
    case ingress = "Ingress"
    case egress = "Egress"
}

extension KubernetesObject {
    /// The directions this NetworkPolicy isolates, as the API server fills `policyTypes` in:
    /// the written ones, else (absent or empty) `Ingress`, and `Egress` too when the policy has
    /// egress rules.
    public var policyDirections: Set<PolicyDirection> {
        guard kind == "NetworkPolicy", let spec else { return [] }
        let written = (spec["policyTypes"]?.items ?? []).compactMap { item in
            PolicyDirection.allCases.first { $0.rawValue.lowercased() == item.scalar?.lowercased() }
        }
        if !written.isEmpty { return Set(written) }
        return (spec["egress"]?.items.isEmpty == false) ? [.ingress, .egress] : [.ingress]
    }
}

extension LabelSelector {
    /// Whether the selector has neither labels nor expressions, and so selects every pod.
    public var isEmpty: Bool {
        (node["matchLabels"]?.pairs.isEmpty ?? true) && (node["matchExpressions"]?.items.isEmpty ?? true)
    }
}

extension KubernetesObject {
    /// Kinds that draw on a namespace's compute or storage: what a LimitRange bounds and a
    /// ResourceQuota counts.
    static let namespaceBudgetedKinds: Set<String> = [
        "Pod", "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "ReplicationController", "Job", "CronJob",
        "PersistentVolumeClaim",
    ]

    /// Whether the object draws on its namespace's compute or storage (its pods, its claim).
    public var drawsOnNamespaceResources: Bool { Self.namespaceBudgetedKinds.contains(kind) }

    /// Where a finding about the object's namespace points: the `namespace` key, else the
    /// object's name.
    public var namespaceLocation: Node { metadata?.entry("namespace")?.key ?? nameLocation }
}

extension ScanContext {
    /// The objects of `kind` placed in `object`'s namespace: the LimitRanges and ResourceQuotas
    /// that apply to everything created there.
    public func objects(ofKind kind: String, inNamespaceOf object: KubernetesObject) -> [KubernetesObject] {
        objects(ofKind: kind).filter { $0.sharesNamespace(with: object) }
    }
}
