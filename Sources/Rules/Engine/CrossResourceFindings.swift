import YAML

extension Findings {
    /// A workload of `kind` that runs more than one replica and that no PodDisruptionBudget in
    /// its namespace selects: points at its selector's `matchLabels` (as KICS does), the labels
    /// a budget would have to select. One replica has no quorum for a budget to keep, and a
    /// workload whose selector misses its own template is rejected by the API server.
    mutating func missingDisruptionBudget(of object: KubernetesObject, kind: String) {
        guard object.kind == kind, let replicas = object.replicas, replicas > 1, object.selectsOwnPods,
              let spec = object.spec,
              context.objects(ofKind: "PodDisruptionBudget", selectingPodsOf: object).isEmpty else { return }
        let selector = spec.entry("selector")
        let location = selector?.value.entry("matchLabels")?.key ?? selector?.key ?? object.node.entry("spec")?.key ?? spec
        add("\(object.identity) runs \(replicas) replicas but no PodDisruptionBudget in namespace '\(object.effectiveNamespace)' selects its pods, so a node drain may evict them all at once; expected a PodDisruptionBudget whose selector matches the pod template's labels.",
            at: location, scope: spec, object: object)
    }
}

extension Findings {
    /// An object that draws on its namespace's resources, in a namespace where the scan places
    /// no object of `policyKind` (LimitRange, ResourceQuota): points at its `namespace` key, or
    /// at its name when it names none (as KICS does).
    mutating func missingNamespacePolicy(_ policyKind: String, of object: KubernetesObject, expected: String) {
        guard object.drawsOnNamespaceResources,
              context.objects(ofKind: policyKind, inNamespaceOf: object).isEmpty else { return }
        add("\(object.identity) is in namespace '\(object.effectiveNamespace)', where this scan defines no \(policyKind); expected \(expected).",
            at: object.namespaceLocation, scope: object.node, object: object)
    }
}
