extension Rule {
    static let memoryRequestsNotDefined = Rule(RuleDescription(
        id: "229588ef-8fde-40c8-8756-f4f2b5825ded",
        slug: "memory_requests_not_defined",
        name: "Memory requests not defined",
        severity: .medium,
        category: "Resource Management",
        summary: "A container asks for no memory, so the scheduler places it as if it needed none.",
        help: """
            The scheduler fits pods onto nodes by their requests. A container that requests no \
            memory counts as needing none, so nodes fill with more than they can hold; when \
            memory runs short, the kubelet evicts pods that use more than they requested first, \
            and such a container always does.

            A container that sets a memory limit and no request is not reported: the API server \
            copies the limit into `requests`, so the scheduler counts it. Nor is one whose pod \
            sets a memory request (or limit) for the whole pod in `spec.resources`. A default a \
            namespace's LimitRange fills in at admission is not in the manifest; where one \
            applies, accept the finding with a suppression comment that says so.

            **Fix:** set `resources.requests.memory` on every container (and init container) to \
            what it uses in normal operation, for example `128Mi`.
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
                      memory: 256Mi
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
                          cpu: 250m
                    - ↓name: sidecar
                      image: example/sidecar:1.0
                      resources:
                        limits:
                          cpu: 100m
            """,
        ]
    )) { object, findings in
        findings.containersMissing(.request, of: .memory, in: object, so: "the scheduler counts it as needing none")
    }
}
