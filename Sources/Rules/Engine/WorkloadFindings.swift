import YAML

/// The words the workload rules report with (pod security ones: `SecurityContext.swift`).
extension Findings {
    /// A `kind` object (Deployment, StatefulSet) runs more than two replicas that nothing keeps
    /// on different nodes: one finding per gap, about the pod spec.
    mutating func unspreadReplicas(of object: KubernetesObject, kind: String) {
        guard object.kind == kind, let replicas = object.replicas, replicas > 2 else { return }
        for podSpec in object.podSpecs {
            for gap in podSpec.replicaSpreadGaps {
                add("\(object.identity) runs \(replicas) replicas but its pod template \(gap.problem), so they may all land on one node; expected a podAntiAffinity term with a topologyKey that selects the template's labels.",
                    at: gap.location, scope: podSpec.node, object: object)
            }
        }
    }
}
