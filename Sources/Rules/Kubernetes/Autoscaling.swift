import YAML

/// A HorizontalPodAutoscaler's `Object` metric: a metric that describes another object (the
/// requests per second of an Ingress), which the autoscaler must be able to name and read.
public struct ObjectMetric: Sendable {
    /// The item of `spec.metrics`.
    public let item: Node
    /// The API version of the autoscaler: `autoscaling/v2beta1` spelled the fields differently.
    public let apiVersion: String

    /// The metric's `object` mapping, when written.
    public var source: Node? { item["object"].flatMap { $0.kind == .mapping ? $0 : nil } }

    /// The fields of the `object` section the API server requires: the metric, its target and
    /// the described object's kind and name (`describedObject`, or `target` in
    /// `autoscaling/v2beta1`, where `target` was that reference).
    var requiredFields: [[String]] {
        apiVersion == "autoscaling/v2beta1"
            ? [["metricName"], ["targetValue"], ["target", "kind"], ["target", "name"]]
            : [["metric"], ["target"], ["describedObject", "kind"], ["describedObject", "name"]]
    }

    /// The required fields the metric leaves out or leaves empty, as `describedObject.name`;
    /// `object` when the whole section is missing.
    public var missingFields: [String] {
        guard let source else { return ["object"] }
        return requiredFields.filter { path in
            var node: Node? = source
            for key in path { node = node?[key] }
            guard let node, !node.isNull else { return true }
            return node.scalar?.isEmpty == true
        }.map { $0.joined(separator: ".") }
    }
}

extension KubernetesObject {
    /// The `Object` metrics of a HorizontalPodAutoscaler.
    public var objectMetrics: [ObjectMetric] {
        guard kind == "HorizontalPodAutoscaler", let apiVersion, apiVersion.hasPrefix("autoscaling/") else { return [] }
        return (spec?["metrics"]?.items ?? []).filter { $0["type"]?.scalar == "Object" }.map {
            ObjectMetric(item: $0, apiVersion: apiVersion)
        }
    }
}
