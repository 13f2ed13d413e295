extension Rule {
    static let containerWithLowUID = Rule(RuleDescription(
        id: "02323c00-cdc3-4fdc-a310-4f2b3e7a1660",
        slug: "containers_run_with_low_uid",
        name: "Container with low UID",
        severity: .medium,
        category: "Best Practices",
        summary: "A container runs with a user ID below 10000, or without one set.",
        help: """
            User IDs below 10000 are where the node's own users live: root, system services, \
            the first human accounts. A container process that escapes with one of those IDs \
            owns whatever that user owns on the node. A container that sets no `runAsUser` runs \
            with the user its image chose, often root.

            The value is read as the kubelet reads it: the container's `securityContext` first, \
            then the pod's. A low value set in the pod's `securityContext` is reported once, \
            there.

            **Fix:** set `runAsUser` to 10000 or more in the pod's `securityContext` (or each \
            container's), and build the image to work as that user.
            """,
        references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-the-security-context-for-a-pod"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  securityContext:
                    runAsUser: 10001
                  containers:
                    - name: web
                      image: nginx:1.27
                    - name: sidecar
                      image: example/sidecar:1.0
                      securityContext:
                        runAsUser: 65532
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                runAsUser: 10001
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    runAsUser: ↓1000
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  securityContext:
                    runAsUser: ↓1200
                  containers:
                    - name: web
                      image: nginx:1.27
                    - name: sidecar
                      image: example/sidecar:1.0
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: unset}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ↓securityContext:
                    readOnlyRootFilesystem: true
                - ↓name: sidecar
                  image: example/sidecar:1.0
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs where !podSpec.isWindows {
            for container in podSpec.containers() {
                let context = container.effectiveSecurityContext
                guard let user = context.runAsUser else {
                    findings.add("\(container.displayName) sets no runAsUser, nor does its pod, so it runs as its image's user; expected runAsUser of 10000 or more.",
                                 at: context.missingLocation("runAsUser"), scope: container.node, object: object, container: container)
                    continue
                }
                if let uid = user.value.int, uid < 10000 {
                    findings.add("\(user.subject) sets runAsUser to \(uid), a UID below 10000, for \(user.appliesTo); expected runAsUser of 10000 or more.",
                                 about: user)
                }
            }
        }
    }
}
