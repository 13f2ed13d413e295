extension Rule {
    static let readinessProbeIsNotConfigured = Rule(RuleDescription(
        id: "a659f3b5-9bf0-438a-bd9a-7d3a6427f1e3",
        slug: "readiness_probe_is_not_configured",
        name: "Readiness probe is not configured",
        severity: .medium,
        category: "Availability",
        summary: "A long-running container has no readiness probe, so it gets traffic before it can serve it.",
        help: """
            A pod joins its Services' endpoints when its containers are ready. Without a \
            `readinessProbe` a container counts as ready as soon as it starts: requests reach it \
            while it is still loading, and keep reaching it while it is overloaded or has lost \
            a dependency. Rolling updates also move on before the new pods can serve.

            Only containers that serve for the pod's lifetime are judged: regular containers \
            and sidecars (init containers with `restartPolicy: Always`). Pods meant to finish — \
            those of Jobs and CronJobs, and any pod with `restartPolicy` `Never` or `OnFailure` \
            — are left out.

            **Fix:** add a `readinessProbe` that succeeds only when the container can answer \
            requests, for example an `httpGet` on a readiness endpoint.
            """,
        references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  readinessProbe:
                    httpGet: {path: /ready, port: 8080}
            """,
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: cleanup}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: cleanup
                          image: example/cleanup:1.0
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
                    - name: migrate
                      image: example/migrate:1.0
                    - ↓name: proxy
                      image: example/proxy:1.0
                      restartPolicy: Always
                  containers:
                    - ↓name: web
                      image: nginx:1.27
                      livenessProbe:
                        httpGet: {path: /healthz, port: 8080}
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs where !podSpec.runsToCompletion {
            for container in podSpec.containers() where container.servesForPodLifetime && container.probe(.readiness) == nil {
                findings.add("\(container.displayName) has no readinessProbe, so it receives traffic before it can serve it; expected a readinessProbe.",
                             at: container.node, scope: container.node, object: object, container: container)
            }
        }
    }
}
