extension Rule {
    static let hpaTargetedDeploymentsWithConfiguredReplicaCount = Rule(RuleDescription(
        id: "5744cbb8-5946-4b75-a196-ade44449525b",
        slug: "hpa_targeted_deployments_with_configured_replica_count",
        name: "HPA targeted deployments with configured replica count",
        severity: .info,
        category: "Availability",
        summary: "A Deployment scaled by a HorizontalPodAutoscaler also sets replicas, which resets the autoscaler's count on every apply.",
        help: """
            Once a HorizontalPodAutoscaler scales a Deployment, it owns `spec.replicas`. A \
            manifest that still writes `replicas` sets the count back to that number each time \
            it is applied: a deploy during a traffic peak shrinks the Deployment to its written \
            size until the autoscaler catches up, and pods scaled up are killed for nothing.

            The rule looks at Deployments with `spec.replicas` that a HorizontalPodAutoscaler \
            in the same namespace (a manifest without a namespace is taken to be in `default`) \
            targets by kind and name through its `scaleTargetRef`.

            **Fix:** remove `spec.replicas` from the Deployment's manifest and let the \
            autoscaler's `minReplicas` and `maxReplicas` bound the count.
            """,
        references: ["https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - name: api
                      image: registry.example.com/api:2.3
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: api}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
              minReplicas: 2
              maxReplicas: 10
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              replicas: 3
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - name: api
                      image: registry.example.com/api:2.3
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: api, namespace: staging}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
              minReplicas: 2
              maxReplicas: 10
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              ↓replicas: 3
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - name: api
                      image: registry.example.com/api:2.3
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: api}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
              minReplicas: 2
              maxReplicas: 10
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.kind == "Deployment" ? .objects(ofKinds: ["HorizontalPodAutoscaler"], mentioning: object.name) : .nothing
    }) { object, findings in
        guard object.kind == "Deployment", let spec = object.spec, let replicas = spec.entry("replicas") else { return }
        guard let autoscaler = findings.context.objects(ofKind: "HorizontalPodAutoscaler").first(where: { $0.scales(object) }) else { return }
        findings.add("\(object.identity) sets replicas although \(autoscaler.identity) scales it, so every apply resets the count; expected no spec.replicas.",
                     at: replicas.key, scope: spec, object: object)
    }
}
