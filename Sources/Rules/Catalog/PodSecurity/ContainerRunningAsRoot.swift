extension Rule {
    static let containerRunningAsRoot = Rule(RuleDescription(
        id: "cf34805e-3872-4c08-bf92-6ff7bb0cfadb",
        slug: "containers_running_as_root",
        name: "Container running as root",
        severity: .medium,
        category: "Best Practices",
        summary: "A container may run as root: its user ID is 0, or unset without runAsNonRoot: true.",
        help: """
            Root in a container is root on the node as far as the kernel's checks on files, \
            devices and many system calls are concerned; a bug in the runtime or a mounted host \
            path turns it into root on the node. A container runs as root when `runAsUser` is 0, \
            and also when no `runAsUser` is set and the image's user is root — which \
            `runAsNonRoot: true` makes the kubelet refuse.

            Both fields are read as the kubelet reads them: the container's `securityContext` \
            first, then the pod's. A value set in the pod's `securityContext` is reported once, \
            there.

            **Fix:** set `runAsNonRoot: true` and a `runAsUser` other than 0 in the pod's \
            `securityContext` (or each container's), and build the image to work as that user.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"],
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
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                runAsUser: 1000
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    runAsNonRoot: false
            """,
        ],
        triggeringExamples: [
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
                    runAsNonRoot: false
                    runAsUser: ↓0
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  securityContext:
                    runAsUser: ↓0
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
                - ↓name: web
                  image: nginx:1.27
                - name: sidecar
                  image: example/sidecar:1.0
                  securityContext:
                    runAsNonRoot: ↓false
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs where !podSpec.isWindows {
            for container in podSpec.containers() {
                let context = container.effectiveSecurityContext
                // runAsNonRoot: true makes the kubelet refuse to start the container as root.
                if context.runAsNonRoot?.value.bool == true { continue }
                if let user = context.runAsUser {
                    if user.value.int == 0 {
                        findings.add("\(user.subject) sets runAsUser to 0, so \(user.appliesTo) runs as root; expected a non-zero runAsUser and runAsNonRoot: true.",
                                     about: user)
                    }
                } else if let nonRoot = context.runAsNonRoot, nonRoot.value.bool == false {
                    findings.add("\(nonRoot.subject) sets runAsNonRoot to false and no runAsUser is set, so \(nonRoot.appliesTo) runs as its image's user, often root; expected runAsNonRoot: true or a non-zero runAsUser.",
                                 about: nonRoot)
                } else if context.runAsNonRoot == nil {
                    findings.add("\(container.displayName) sets neither runAsUser nor runAsNonRoot, nor does its pod, so it runs as its image's user, often root; expected runAsNonRoot: true or a non-zero runAsUser.",
                                 at: context.missingLocation("runAsNonRoot"), scope: container.node, object: object, container: container)
                }
            }
        }
    }
}
