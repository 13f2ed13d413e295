extension Rule {
    static let containersMissingDropCapabilities = Rule(RuleDescription(
        id: "268ca686-7fb7-4ae9-b129-955a2a89064e",
        slug: "no_drop_capabilities_for_containers",
        name: "Containers missing drop capabilities",
        severity: .low,
        category: "Best Practices",
        summary: "A container does not drop any Linux capability.",
        help: """
            Container runtimes start every container with a default set of capabilities \
            (containerd's has `CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `NET_RAW`, `SETUID`, `SETGID` \
            and more) whether \
            the application uses them or not. Dropping them limits what a compromised process \
            can do.

            **Fix:** drop everything in each container's `securityContext` and add back only what \
            the application needs:

            ```yaml
            securityContext:
              capabilities:
                drop: [ALL]
                add: [NET_BIND_SERVICE]   # only if it listens below port 1024
            ```
            """,
        references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      securityContext:
                        capabilities:
                          drop: [all]
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
                  containers:
                    - name: web
                      image: nginx:1.27
                      securityContext:
                        ↓capabilities:
                          add: [NET_BIND_SERVICE]
                    - name: sidecar
                      image: example/sidecar:1.0
                      ↓securityContext:
                        runAsNonRoot: true
                    - ↓name: logger
                      image: example/logger:1.0
                    - name: empty
                      image: example/empty:1.0
                      securityContext:
                        capabilities:
                          ↓drop: []
            """,
        ]
    )) { object, findings in
        for container in object.containers() where !container.podSpec.isWindows {
            let dropped = container.capabilities.dropped
            guard dropped.isEmpty else { continue }
            if let key = dropped.key {
                findings.add("\(container.displayName) has an empty capabilities.drop list; expected it to drop ALL and add back only what is needed.",
                             at: key, scope: container.node, object: object, container: container)
            } else {
                findings.add("\(container.displayName) does not drop any capability; expected capabilities.drop with ALL.",
                             at: container.effectiveSecurityContext.missingLocation("capabilities", "drop"),
                             scope: container.node, object: object, container: container)
            }
        }
    }
}
