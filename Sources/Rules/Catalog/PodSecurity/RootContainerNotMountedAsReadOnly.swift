extension Rule {
    static let rootContainerNotMountedAsReadOnly = Rule(RuleDescription(
        id: "a9c2f49d-0671-4fc9-9ece-f4e261e128d0",
        slug: "root_container_not_mounted_as_read_only",
        name: "Root container not mounted as read-only",
        severity: .low,
        category: "Build Process",
        summary: "A container's root file system is writable.",
        help: """
            A writable root file system lets an attacker who gets into the container change its \
            binaries and configuration, drop tools, and keep a foothold for as long as the \
            container lives. An application rarely needs to write outside a few known folders.

            **Fix:** set `readOnlyRootFilesystem: true` in each container's `securityContext`, and \
            mount an `emptyDir` volume at the folders the application writes to (`/tmp`, a cache \
            folder).
            """,
        references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    readOnlyRootFilesystem: true
                  volumeMounts:
                    - {name: tmp, mountPath: /tmp}
              volumes:
                - {name: tmp, emptyDir: {}}
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
                        readOnlyRootFilesystem: ↓false
                    - name: sidecar
                      image: example/sidecar:1.0
                      ↓securityContext:
                        runAsNonRoot: true
                  initContainers:
                    - ↓name: migrate
                      image: example/migrate:1.0
            """,
        ]
    )) { object, findings in
        for container in object.containers() {
            let context = container.effectiveSecurityContext
            if let readOnly = context.readOnlyRootFilesystem {
                if readOnly.value.bool == false {
                    findings.add("\(container.displayName) has a writable root file system (readOnlyRootFilesystem: \(readOnly.text)); expected readOnlyRootFilesystem: true.",
                                 about: readOnly)
                }
            } else if !container.podSpec.isWindows {
                findings.add("\(container.displayName) does not set readOnlyRootFilesystem, so its root file system is writable; expected readOnlyRootFilesystem: true.",
                             at: context.missingLocation("readOnlyRootFilesystem"), scope: container.node, object: object, container: container)
            }
        }
    }
}
