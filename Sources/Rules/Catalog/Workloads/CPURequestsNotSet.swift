extension Rule {
    static let cpuRequestsNotSet = Rule(RuleDescription(
        id: "ca469dd4-c736-448f-8ac1-30a642705e0a",
        slug: "cpu_requests_not_set",
        name: "CPU requests not set",
        severity: .low,
        category: "Resource Management",
        summary: "A container asks for no CPU, so the scheduler places it as if it needed none.",
        help: """
            The scheduler fits pods onto nodes by their requests. A container that requests no \
            CPU counts as needing none: nodes get more pods than their CPUs can serve, and under \
            contention the container gets the smallest share of CPU time.

            A container that sets a CPU limit and no request is not reported: the API server \
            copies the limit into `requests`, so the scheduler counts it. Nor is one whose pod \
            sets a CPU request (or limit) for the whole pod in `spec.resources`. A default a \
            namespace's LimitRange fills in at admission is not in the manifest; where one \
            applies, accept the finding with a suppression comment that says so.

            **Fix:** set `resources.requests.cpu` on every container (and init container) to \
            what it uses in normal operation, for example `250m`.
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
                    requests:
                      cpu: 250m
                      memory: 128Mi
            """,
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
                        ↓requests:
                          memory: 128Mi
                    - name: sidecar
                      image: example/sidecar:1.0
                      ↓resources:
                        limits:
                          memory: 64Mi
            """,
        ]
    )) { object, findings in
        findings.containersMissing(.request, of: .cpu, in: object, so: "the scheduler counts it as needing none")
    }
}
