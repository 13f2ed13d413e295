extension Rule {
    static let deploymentHasNoPodAntiAffinity = Rule(RuleDescription(
        id: "a31b7b82-d994-48c4-bd21-3bab6c31827a",
        slug: "deployment_has_no_pod_anti_affinity",
        name: "Deployment without podAntiAffinity",
        severity: .low,
        category: "Resource Management",
        summary: "A Deployment with three or more replicas does not ask the scheduler to keep them on different nodes.",
        help: """
            Replicas protect a service only when one failure cannot take them all. Without \
            pod anti-affinity the scheduler may put every replica of a Deployment on the same \
            node, and that node's loss, drain or upgrade stops the whole service.

            The rule looks at Deployments with more than two `replicas`. A \
            `podAntiAffinity` term (required or preferred) keeps them apart when it has a \
            `topologyKey` (`kubernetes.io/hostname`, or a zone, which holds whole nodes) and \
            its `labelSelector` selects the pod template's own labels; a selector that matches \
            other labels spreads nothing.

            **Fix:** add to the pod template's spec an `affinity.podAntiAffinity` term with \
            `topologyKey: kubernetes.io/hostname` and a `labelSelector` matching the template's \
            labels, `preferredDuringSchedulingIgnoredDuringExecution` when there may be fewer \
            nodes than replicas. `topologySpreadConstraints` are an alternative the rule does \
            not read.
            """,
        references: ["https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata:
                  labels: {app: web, tier: front}
                spec:
                  affinity:
                    podAntiAffinity:
                      preferredDuringSchedulingIgnoredDuringExecution:
                        - weight: 100
                          podAffinityTerm:
                            topologyKey: kubernetes.io/hostname
                            labelSelector:
                              matchExpressions:
                                - {key: app, operator: In, values: [web]}
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: single}
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              template:
                metadata:
                  labels: {app: web}
                ↓spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 4
              template:
                metadata:
                  labels: {app: web}
                spec:
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        - topologyKey: kubernetes.io/hostname
                          labelSelector:
                            ↓matchLabels: {app: api}
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        ]
    )) { object, findings in
        findings.unspreadReplicas(of: object, kind: "Deployment")
    }
}
