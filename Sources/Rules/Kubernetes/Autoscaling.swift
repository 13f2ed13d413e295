import YAML

/// A HorizontalPodAutoscaler's `Object` metric: a metric that describes another object (the
/// requests per second of an Ingress), which the autoscaler must be able to name.
public struct ObjectMetric: Sendable {
    /// The item of `spec.metrics`.
    public let item: Node
    /// The metric's `object` mapping, when written.
    public let source: Node?
    /// Which object the metric describes: `describedObject`, or `target` in `autoscaling/v2beta1`,
    /// where `target` was still that reference.
    public let reference: Node?

    /// The fields the described object's reference leaves out, of the two the API server
    /// requires: `kind` and `name`.
    public var missingReferenceFields: [String] {
        ["kind", "name"].filter { field in
            guard let value = reference?[field], !value.isNull, let text = value.scalar else { return true }
            return text.isEmpty
        }
    }
}

extension KubernetesObject {
    /// The `Object` metrics of a HorizontalPodAutoscaler.
    public var objectMetrics: [ObjectMetric] {
        guard kind == "HorizontalPodAutoscaler", apiVersion?.hasPrefix("autoscaling/") == true else { return [] }
        let referenceKey = apiVersion == "autoscaling/v2beta1" ? "target" : "describedObject"
        return (spec?["metrics"]?.items ?? []).filter { $0["type"]?.scalar == "Object" }.map { metric in
            let source = metric["object"].flatMap { $0.kind == .mapping ? $0 : nil }
            return ObjectMetric(item: metric, source: source, reference: source?[referenceKey].flatMap { $0.kind == .mapping ? $0 : nil })
        }
    }
}
