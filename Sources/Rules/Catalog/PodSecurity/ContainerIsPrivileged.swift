extension Rule {
    static let containerIsPrivileged = Rule(RuleDescription(
        id: "dd29336b-fe57-445b-a26e-e6aa867ae609",
        slug: "container_is_privileged",
        name: "Container is privileged",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A container runs privileged.",
        help: """
            A privileged container gets every Linux capability, every device of the node and no \
            seccomp or AppArmor confinement. A process in it that is root (or becomes root) can \
            load kernel modules, mount the node's disks and take the node over.

            **Fix:** remove `privileged` from the container's `securityContext` or set \
            `privileged: false`, and add back only the capabilities the workload needs with \
            `capabilities.add`.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
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
                    privileged: false
                - name: sidecar
                  image: example/sidecar:1.0
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: debug}
            spec:
              initContainers:
                - name: setup
                  image: busybox:1.36
                  securityContext:
                    privileged: ↓true
              containers:
                - name: shell
                  image: busybox:1.36
                  securityContext: {privileged: ↓true}
            """,
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: storage-driver, namespace: kube-system}
            spec:
              template:
                spec:
                  containers:
                    - name: driver
                      image: example/csi-driver:1.4
                      securityContext:
                        privileged: ↓true
            """,
        ]
    )) { object, findings in
        for container in object.containers() {
            if let privileged = container.effectiveSecurityContext.privileged, privileged.value.bool == true {
                findings.add("\(container.displayName) runs privileged (privileged: \(privileged.text)); expected privileged unset or false.",
                             about: privileged)
            }
        }
    }
}
