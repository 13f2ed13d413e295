extension Rule {
    static let memoryLimitsNotDefined = Rule(RuleDescription(
        id: "b14d1bc4-a208-45db-92f0-e21f8e2588e9",
        slug: "memory_limits_not_defined",
        name: "Memory limits not defined",
        severity: .medium,
        category: "Resource Management",
        summary: "A container has no memory limit, so it may use all the memory of its node.",
        help: """
            Without `resources.limits.memory` a container can grow until its node runs out of \
            memory. The kernel's out-of-memory killer then picks its victims across the node, \
            other pods and system daemons among them, and a leak or a hostile workload takes \
            the node's other tenants down with it.

            A limit set for the whole pod (`spec.resources.limits.memory`) caps the containers \
            that set none, so they are not reported. A default a namespace's LimitRange fills in \
            at admission is not in the manifest; where one applies, accept the finding with a \
            suppression comment that says so.

            **Fix:** set `resources.limits.memory` on every container (and init container), for \
            example `256Mi`, with headroom over what the container uses at its peak.
            """,
        references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  resources:
                    limits:
                      cpu: 500m
                      memory: 256Mi
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              resources:
                limits:
                  memory: 1Gi
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
              template:
                spec:
                  initContainers:
                    - ↓name: migrate
                      image: example/migrate:1.0
                  containers:
                    - name: web
                      image: nginx:1.27
                      resources:
                        ↓limits:
                          cpu: 500m
                    - ↓name: sidecar
                      image: example/sidecar:1.0
                      resources:
                        requests:
                          memory: 64Mi
            """,
        ]
    )) { object, findings in
        findings.containersMissing(.limit, of: .memory, in: object, so: "it may take all the memory of its node")
    }
}
