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

/// What a container's `resources` can leave out of a compute resource.
enum ResourceBound {
    /// `limits`: the cap.
    case limit
    /// `requests`: what the scheduler counts, which a limit stands in for when no request is
    /// written (the API server copies it over).
    case request
}

extension Findings {
    /// One finding for each container of `object` that leaves `bound` of `resource` unset when
    /// its pod sets none for the whole pod either, about the container, saying `consequence`.
    /// It points at the container's `limits` or `requests` key; without one, KICS points a CPU
    /// finding at `resources` when that is there and a memory finding at the container, and
    /// so do we.
    mutating func containersMissing(_ bound: ResourceBound, of resource: ComputeResource, in object: KubernetesObject,
                                    so consequence: String) {
        for podSpec in object.podSpecs {
            switch bound {
            case .limit: if podSpec.podLevelLimit(resource) != nil { continue }
            case .request: if podSpec.podLevelRequest(resource) != nil { continue }
            }
            for container in podSpec.containers() {
                let resources = container.resources
                let missing: Bool, sectionKey: Node?, what: String
                switch bound {
                case .limit: (missing, sectionKey, what) = (resources.limit(resource) == nil, resources.limitsKey, "sets no \(resource.noun) limit")
                case .request: (missing, sectionKey, what) = (resources.effectiveRequest(resource) == nil, resources.requestsKey, "requests no \(resource.noun)")
                }
                guard missing else { continue }
                let section = bound == .limit ? "limits" : "requests"
                add("\(container.displayName) \(what), so \(consequence); expected resources.\(section).\(resource.rawValue).",
                    at: sectionKey ?? (resource == .cpu ? resources.key : nil) ?? container.node, scope: container.node,
                    object: object, container: container)
            }
        }
    }
}
