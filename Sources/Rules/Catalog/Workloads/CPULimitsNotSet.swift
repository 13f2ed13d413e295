extension Rule {
    static let cpuLimitsNotSet = Rule(RuleDescription(
        id: "4ac0e2b7-d2d2-4af7-8799-e8de6721ccda",
        slug: "cpu_limits_not_set",
        name: "CPU limits not set",
        severity: .low,
        category: "Resource Management",
        summary: "A container has no CPU limit, so it may use every CPU of its node.",
        help: """
            Without `resources.limits.cpu` nothing caps the CPU time a container takes. A busy \
            loop, a traffic spike or a compromised process can then starve the other pods on the \
            node, and the kubelet and system daemons with them. Init containers count too: they \
            run one at a time before the app, without a cap unless they set one.

            A limit set for the whole pod (`spec.resources.limits.cpu`) caps the containers that \
            set none, so they are not reported. A default a namespace's LimitRange fills in at \
            admission is not in the manifest; where one applies, accept the finding with a \
            suppression comment that says so.

            **Fix:** set `resources.limits.cpu` on every container (and init container), for \
            example `500m`, from what the container really uses under load.
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
                  cpu: "1"
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
                          memory: 256Mi
                    - name: sidecar
                      image: example/sidecar:1.0
                      ↓resources:
                        requests:
                          cpu: 100m
            """,
        ]
    )) { object, findings in
        findings.containersMissing(.limit, of: .cpu, in: object, so: "it may take every CPU of its node")
    }
}
