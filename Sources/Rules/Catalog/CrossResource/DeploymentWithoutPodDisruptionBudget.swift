extension Rule {
    static let deploymentWithoutPodDisruptionBudget = Rule(RuleDescription(
        id: "b23e9b98-0cb6-4fc9-b257-1f3270442678",
        slug: "deployment_without_pod_disruption_budget",
        name: "Deployment without PodDisruptionBudget",
        severity: .low,
        category: "Availability",
        summary: "A Deployment with several replicas has no PodDisruptionBudget, so voluntary disruptions may take all of them down at once.",
        help: """
            Node drains, cluster upgrades and the autoscaler evict pods through the eviction \
            API, which only holds back when a PodDisruptionBudget says how many of an \
            application's pods must stay up. Without one, draining the nodes that carry a \
            Deployment's replicas may evict every replica before the new ones are ready, and \
            the service is down although it was meant to be redundant.

            The rule looks at Deployments with more than one `replicas` and asks for a \
            `PodDisruptionBudget` in the same namespace (a manifest without a namespace is \
            taken to be in `default`) whose `selector` selects the pod template's labels. Only \
            the manifests of one scan are known: a budget kept elsewhere is not seen.

            **Fix:** add a `PodDisruptionBudget` (`policy/v1`) in the Deployment's namespace \
            with a `selector` matching the template's labels and a `minAvailable` or \
            `maxUnavailable` that keeps enough replicas serving.
            """,
        references: ["https://kubernetes.io/docs/tasks/run-application/configure-pdb/"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web, tier: front}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web, namespace: shop}
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: web}
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: job-runner}
            spec:
              replicas: 1
              selector:
                matchLabels: {app: job-runner}
              template:
                metadata:
                  labels: {app: job-runner}
                spec:
                  containers:
                    - name: runner
                      image: busybox:1.36
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 3
              selector:
                ↓matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web, namespace: staging}
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: web}
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.kind == "Deployment" ? .objects(ofKinds: ["PodDisruptionBudget"]) : .nothing
    }) { object, findings in
        findings.missingDisruptionBudget(of: object, kind: "Deployment")
    }
}
