extension Rule {
    static let containersWithSysAdminCapabilities = Rule(RuleDescription(
        id: "235236ee-ad78-4065-bd29-61b061f28ce0",
        slug: "containers_with_sys_admin_capabilities",
        name: "Containers with sys admin capabilities",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A container adds the SYS_ADMIN capability.",
        help: """
            `CAP_SYS_ADMIN` is the catch-all capability: it lets a process mount file systems, \
            use many namespace and BPF operations, and change a long list of kernel settings. \
            Most container escapes need it, which makes it nearly as dangerous as running \
            privileged. Adding `ALL` adds it too.

            **Fix:** remove `SYS_ADMIN` (and `ALL`) from `securityContext.capabilities.add`. A \
            workload that mounts file systems can usually use a CSI driver or a volume instead.
            """,
        references: ["https://man7.org/linux/man-pages/man7/capabilities.7.html"],
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
                    capabilities:
                      add: [NET_BIND_SERVICE]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: fuse}
            spec:
              containers:
                - name: fuse
                  image: example/fuse:1.0
                  securityContext:
                    capabilities:
                      add: [↓SYS_ADMIN]
                - name: everything
                  image: example/tools:1.0
                  securityContext:
                    capabilities:
                      add:
                        - CHOWN
                        - ↓all
            """,
        ]
    )) { object, findings in
        for container in object.containers() {
            guard let item = container.capabilities.added.item(.sysAdmin, includingAll: true) else { continue }
            let written = item.node.scalar ?? item.capability.name
            findings.add("\(container.displayName) adds \(written), which grants CAP_SYS_ADMIN; expected no SYS_ADMIN in capabilities.add.",
                         at: item.node, scope: container.node, object: object, container: container)
        }
    }
}
