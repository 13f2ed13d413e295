extension Rule {
    static let hpaTargetsInvalidObject = Rule(RuleDescription(
        id: "2f652c42-619d-4361-b361-9f599688f8ca",
        slug: "hpa_targets_invalid_object",
        name: "HPA targets invalid object",
        severity: .low,
        category: "Availability",
        summary: "A HorizontalPodAutoscaler's Object metric does not say which object it describes.",
        help: """
            An `Object` metric scales a workload on a metric of another object, such as the \
            requests per second an Ingress receives. The autoscaler asks the metrics API for \
            that metric of that object, so it needs the metric's name, a target value and the \
            object's `kind` and `name` in `describedObject` (`target` in `autoscaling/v2beta1`). \
            Without them the API server refuses the autoscaler, and the workload never scales \
            on that metric.

            The rule reports, at the autoscaler's `metrics`, each `Object` metric that leaves \
            out its `object` section or one of those fields. The described object's \
            `apiVersion` is optional and not required.

            **Fix:** name the object the metric is read from: `describedObject` with \
            `apiVersion`, `kind` and `name`.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale-walkthrough/#autoscaling-on-metrics-not-related-to-kubernetes-objects",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              maxReplicas: 10
              metrics:
                - type: Object
                  object:
                    metric: {name: requests-per-second}
                    describedObject: {apiVersion: networking.k8s.io/v1, kind: Ingress, name: web}
                    target: {type: Value, value: 10k}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              maxReplicas: 10
              ↓metrics:
                - type: Object
                  object:
                    metric: {name: requests-per-second}
                    describedObject: {apiVersion: networking.k8s.io/v1, kind: Ingress}
                    target: {type: Value, value: 10k}
            """,
        ]
    )) { object, findings in
        guard let metricsKey = object.spec?.entry("metrics")?.key else { return }
        for metric in object.objectMetrics where !metric.missingFields.isEmpty {
            findings.add("\(object.identity) has an Object metric (\(metric.item.keyPath)) without \(metric.missingFields.joined(separator: ", ")); expected the metric, its target and the kind and name of the object it describes.",
                         at: metricsKey, scope: object.node, object: object)
        }
    }
}
