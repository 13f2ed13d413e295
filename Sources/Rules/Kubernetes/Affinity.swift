import YAML

/// A label selector (`matchLabels` and `matchExpressions`), evaluated as the API server does.
public struct LabelSelector: Sendable {
    public let node: Node

    /// Whether a pod with these labels is selected. Every `matchLabels` pair and every
    /// expression must hold; an empty selector selects every pod. An operator the API does not
    /// know selects nothing.
    public func matches(_ labels: [String: String]) -> Bool {
        guard node.kind == .mapping else { return false }
        for (key, value) in node["matchLabels"]?.pairs ?? [] {
            guard let key = key.scalar, labels[key] == value.scalar else { return false }
        }
        for expression in node["matchExpressions"]?.items ?? [] {
            guard let key = expression["key"]?.scalar else { return false }
            let values = Set((expression["values"]?.items ?? []).compactMap(\.scalar))
            switch expression["operator"]?.scalar {
            case "In": guard let label = labels[key], values.contains(label) else { return false }
            case "NotIn": if let label = labels[key], values.contains(label) { return false }
            case "Exists": guard labels[key] != nil else { return false }
            case "DoesNotExist": guard labels[key] == nil else { return false }
            default: return false
            }
        }
        return true
    }
}

/// One term of a pod's `podAntiAffinity`: a required term, or the `podAffinityTerm` of a
/// preferred one.
public struct PodAffinityTerm: Sendable {
    /// The term's mapping.
    public let node: Node
    /// Where a finding about the whole term points: the list item of a required term, the
    /// `podAffinityTerm` key of a preferred one.
    public let location: Node

    /// The term's `topologyKey` when it names one: the domain (node, zone) pods are spread over.
    public var topologyKey: String? {
        guard let key = node["topologyKey"]?.scalar, !key.isEmpty else { return nil }
        return key
    }

    public var labelSelector: LabelSelector? {
        node["labelSelector"].flatMap { $0.kind == .mapping ? LabelSelector(node: $0) : nil }
    }

    /// Where a finding about the selector points: `matchLabels`, else `labelSelector`, else the
    /// term.
    public var selectorLocation: Node {
        let selector = node.entry("labelSelector")
        return selector?.value.entry("matchLabels")?.key ?? selector?.key ?? location
    }

    /// Whether this term keeps pods with `labels` apart: it names a topology domain and selects
    /// those very pods.
    public func spreads(podsLabelled labels: [String: String]) -> Bool {
        topologyKey != nil && labelSelector?.matches(labels) == true
    }
}

extension PodSpec {
    /// The labels the pods get, for selectors.
    public var podLabels: [String: String] {
        var labels: [String: String] = [:]
        for (key, value) in metadata?["labels"]?.pairs ?? [] {
            if let key = key.scalar, let value = value.scalar { labels[key] = value }
        }
        return labels
    }

    /// The pod spec's `affinity` entry when it is a mapping.
    public var affinity: (key: Node, value: Node)? {
        guard let entry = node.entry("affinity"), entry.value.kind == .mapping else { return nil }
        return entry
    }

    /// The `podAntiAffinity` entry of `affinity`, when it is a mapping.
    public var podAntiAffinity: (key: Node, value: Node)? {
        guard let entry = affinity?.value.entry("podAntiAffinity"), entry.value.kind == .mapping else { return nil }
        return entry
    }

    /// Every term of `podAntiAffinity`, required ones first, then preferred ones.
    public var podAntiAffinityTerms: [PodAffinityTerm] {
        guard let antiAffinity = podAntiAffinity?.value else { return [] }
        let required = (antiAffinity["requiredDuringSchedulingIgnoredDuringExecution"]?.items ?? [])
            .filter { $0.kind == .mapping }
            .map { PodAffinityTerm(node: $0, location: $0) }
        let preferred = (antiAffinity["preferredDuringSchedulingIgnoredDuringExecution"]?.items ?? [])
            .compactMap { item -> PodAffinityTerm? in
                guard let term = item.entry("podAffinityTerm"), term.value.kind == .mapping else { return nil }
                return PodAffinityTerm(node: term.value, location: term.key)
            }
        return required + preferred
    }
}

extension PodSpec {
    /// What keeps this pod spec's replicas from being spread over nodes, each with where a
    /// finding points; empty when some anti-affinity term keeps them apart. A term keeps them
    /// apart when it names a topology domain (a node, a zone: a zone holds whole nodes) and
    /// selects the pods' own labels.
    public var replicaSpreadGaps: [(location: Node, problem: String)] {
        guard let affinity else { return [(key, "has no affinity")] }
        guard let antiAffinity = podAntiAffinity else { return [(affinity.key, "has no podAntiAffinity")] }
        let terms = podAntiAffinityTerms
        if terms.isEmpty {
            return [(antiAffinity.key, "has a podAntiAffinity without terms")]
        }
        let labels = podLabels
        if terms.contains(where: { $0.spreads(podsLabelled: labels) }) { return [] }
        return terms.map { term in
            term.topologyKey == nil
                ? (term.location, "has a podAntiAffinity term without a topologyKey")
                : (term.selectorLocation, "has a podAntiAffinity term whose labelSelector does not select the pods' own labels")
        }
    }
}
