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
