extension Rule {
    static let netRawCapabilitiesNotDropped = Rule(RuleDescription(
        id: "dbbc6705-d541-43b0-b166-dd4be8208b54",
        slug: "net_raw_capabilities_not_being_dropped",
        name: "NET_RAW capabilities not dropped",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "A container keeps the NET_RAW capability.",
        help: """
            containerd and Docker grant `NET_RAW` by default. With it a process can open raw \
            sockets and craft any packet: spoof addresses, answer ARP and DNS queries meant for \
            others, and attack other pods on the node. Few applications need it; even `ping` can \
            do without it where the `net.ipv4.ping_group_range` sysctl covers the container's \
            group.

            **Fix:** drop it in each container's `securityContext`, best by dropping everything \
            and adding back what the application needs:

            ```yaml
            securityContext:
              capabilities:
                drop: [ALL]
            ```
            """,
        references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"],
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
                      drop: [ALL]
                      add: [NET_BIND_SERVICE]
                - name: sidecar
                  image: example/sidecar:1.0
                  securityContext:
                    capabilities:
                      drop: [CAP_NET_RAW]
            """,
        ],
        triggeringExamples: [
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
                      ↓drop: [SYS_ADMIN]
                - name: proxy
                  image: example/proxy:1.0
                  securityContext:
                    ↓capabilities:
                      add: [NET_BIND_SERVICE]
                - ↓name: sidecar
                  image: example/sidecar:1.0
                  securityContext:
                    runAsNonRoot: true
            """,
        ]
    )) { object, findings in
        for container in object.containers() where !container.podSpec.isWindows {
            let capabilities = container.capabilities
            guard !capabilities.drops(.netRaw) else { continue }
            if let drop = capabilities.dropped.key {
                let listed = capabilities.dropped.isEmpty ? "nothing" : CapabilityList.names(capabilities.dropped.capabilities)
                findings.add("\(container.displayName) drops \(listed) but keeps NET_RAW; expected ALL or NET_RAW in capabilities.drop.",
                             at: drop, scope: container.node, object: object, container: container)
            } else {
                // As KICS does, a container with no `capabilities` is pointed at as a whole.
                findings.add("\(container.displayName) drops no capabilities, so it keeps NET_RAW; expected ALL or NET_RAW in capabilities.drop.",
                             at: capabilities.key ?? container.node, scope: container.node, object: object, container: container)
            }
        }
    }
}
