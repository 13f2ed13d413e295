extension Rule {
    static let containersWithAddedCapabilities = Rule(RuleDescription(
        id: "19ebaa28-fc86-4a58-bcfa-015c9e22fe40",
        slug: "containers_with_added_capabilities",
        name: "Containers with added capabilities",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "A container adds Linux capabilities other than NET_BIND_SERVICE.",
        help: """
            Each capability a container adds is a piece of root's power that a compromised \
            process can use: `NET_ADMIN` reconfigures networking, `SYS_TIME` sets the node's \
            clock, `SYS_PTRACE` reads other processes' memory. `NET_BIND_SERVICE`, which only \
            lets a process listen on ports below 1024, is the one the Pod Security Standards \
            allow.

            **Fix:** remove the capabilities from `securityContext.capabilities.add`; when the \
            application needs one, keep that one alone and drop `ALL` the others.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"],
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
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: vpn}
            spec:
              initContainers:
                - name: routes
                  image: example/routes:1.0
                  securityContext:
                    capabilities:
                      ↓add: ["NET_ADMIN", "SYS_TIME"]
              containers:
                - name: vpn
                  image: example/vpn:2.0
                  securityContext:
                    capabilities:
                      ↓add:
                        - NET_BIND_SERVICE
                        - cap_net_raw
            """,
        ]
    )) { object, findings in
        for container in object.containers() {
            let added = container.capabilities.added
            let extra = added.capabilities.filter { $0 != .netBindService }
            guard let key = added.key, !extra.isEmpty else { continue }
            findings.add("\(container.displayName) adds the capabilities \(CapabilityList.names(extra)); expected none beyond NET_BIND_SERVICE.",
                         at: key, scope: container.node, object: object, container: container)
        }
    }
}
