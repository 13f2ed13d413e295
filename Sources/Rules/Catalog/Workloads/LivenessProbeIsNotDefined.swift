extension Rule {
    static let livenessProbeIsNotDefined = Rule(RuleDescription(
        id: "ade74944-a674-4e00-859e-c6eab5bde441",
        slug: "liveness_probe_is_not_defined",
        name: "Liveness probe is not defined",
        severity: .info,
        category: "Availability",
        summary: "A long-running container has no liveness probe, so the kubelet cannot tell when it hangs.",
        help: """
            The kubelet restarts a container when its process exits. A process that deadlocks, \
            or stops answering while still running, never exits: without a `livenessProbe` it \
            keeps its place and its traffic until someone notices.

            Only containers that serve for the pod's lifetime are judged: regular containers \
            and sidecars (init containers with `restartPolicy: Always`). Pods meant to finish — \
            those of Jobs and CronJobs, and any pod with `restartPolicy` `Never` or `OnFailure` \
            — are left out.

            **Fix:** add a `livenessProbe` (an HTTP `httpGet`, `tcpSocket`, `grpc` or `exec` \
            check) that fails only when the process cannot recover by itself; give slow starters \
            a `startupProbe` rather than a long initial delay.
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
                  livenessProbe:
                    httpGet: {path: /healthz, port: 8080}
            """,
            """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: report}
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: report
                      image: example/report:1.0
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
                      readinessProbe:
                        httpGet: {path: /ready, port: 8080}
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs where !podSpec.runsToCompletion {
            for container in podSpec.containers() where container.servesForPodLifetime && container.probe(.liveness) == nil {
                findings.add("\(container.displayName) has no livenessProbe, so the kubelet cannot restart it when it hangs; expected a livenessProbe.",
                             at: container.node, scope: container.node, object: object, container: container)
            }
        }
    }
}
