extension Rule {
    static let podOrContainerWithoutSecurityContext = Rule(RuleDescription(
        id: "a97a340a-0063-418e-b3a1-3028941d0995",
        slug: "pod_or_container_without_security_context",
        name: "Pod or container without security context",
        severity: .low,
        category: "Insecure Configurations",
        summary: "A pod or a container has no securityContext.",
        help: """
            The `securityContext` of a pod and of each container is where their user, group, \
            capabilities, seccomp profile and file system settings are chosen. Without one, \
            every one of those is left to the image and the runtime's defaults: root, a \
            writable file system, the default capabilities, no seccomp.

            **Fix:** give the pod a `securityContext` (at least `runAsNonRoot: true` and \
            `seccompProfile: {type: RuntimeDefault}`) and each container one with \
            `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true` and \
            `capabilities: {drop: [ALL]}`.
            """,
        references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    allowPrivilegeEscalation: false
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            ↓spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    allowPrivilegeEscalation: false
                - ↓name: sidecar
                  image: example/sidecar:1.0
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                ↓spec:
                  initContainers:
                    - ↓name: migrate
                      image: example/migrate:1.0
                  containers:
                    - name: web
                      image: nginx:1.27
                      securityContext: {runAsNonRoot: true}
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs {
            if podSpec.securityContext?.isNull ?? true {
                findings.add("\(object.identity) has no pod securityContext; expected one that sets at least runAsNonRoot and a seccomp profile.",
                             at: podSpec.key, scope: podSpec.node, object: object)
            }
            for container in podSpec.containers() where container.securityContext?.isNull ?? true {
                findings.add("\(container.displayName) has no securityContext; expected one that sets at least allowPrivilegeEscalation: false.",
                             at: container.node, scope: container.node, object: object, container: container)
            }
        }
    }
}
