extension Rule {
    static let clusterAllowsUnsafeSysctls = Rule(RuleDescription(
        id: "9127f0d9-2310-42e7-866f-5fd9d20dcbad",
        slug: "cluster_allows_unsafe_sysctls",
        name: "Cluster allows unsafe sysctls",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A pod sets an unsafe sysctl, or a PodSecurityPolicy allows unsafe sysctls.",
        help: """
            Kubernetes calls a sysctl safe when the kernel keeps it inside the pod's own \
            namespaces, so that changing it cannot affect other pods or the node. Every other \
            sysctl is unsafe: it can change kernel behaviour for the whole node, starve its \
            neighbours or weaken its protections, and the kubelet refuses it unless an \
            administrator allowed it with `--allowed-unsafe-sysctls`. A PodSecurityPolicy's \
            `allowedUnsafeSysctls` lets pods ask for them.

            The safe set is `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`, \
            `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, \
            `net.ipv4.ip_unprivileged_port_start`, `net.ipv4.ip_local_reserved_ports`, \
            `net.ipv4.tcp_keepalive_time`, `net.ipv4.tcp_fin_timeout`, \
            `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes`, `net.ipv4.tcp_rmem` \
            and `net.ipv4.tcp_wmem`.

            **Fix:** remove unsafe sysctls from the pod's `securityContext.sysctls` (tune the node \
            itself when a workload really needs one) and remove `allowedUnsafeSysctls` from the \
            policy.
            """,
        references: ["https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: tuned}
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.ip_local_port_range
                    value: "1024 65000"
                  - name: net/ipv4/tcp_syncookies
                    value: "1"
              containers:
                - name: app
                  image: example/app:1.0
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              forbiddenSysctls: ['*']
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: queue}
            spec:
              template:
                spec:
                  securityContext:
                    sysctls:
                      - name: kernel.shm_rmid_forced
                        value: "1"
                      - name: ↓kernel.msgmax
                        value: "65536"
                      - name: ↓net.core.somaxconn
                        value: "1024"
                  containers:
                    - name: queue
                      image: example/queue:2.0
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: ipc-tuning}
            spec:
              ↓allowedUnsafeSysctls: ['kernel.msg*']
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        if let policy = object.podSecurityPolicy, let allowed = policy.entry("allowedUnsafeSysctls"), !allowed.value.items.isEmpty {
            let names = allowed.value.items.compactMap(\.scalar).joined(separator: ", ")
            findings.add("\(object.identity) lets pods set unsafe sysctls (allowedUnsafeSysctls: \(names)); expected no allowedUnsafeSysctls.",
                         at: allowed.key, scope: policy.spec, object: object)
        }
        for podSpec in object.podSpecs {
            for sysctl in podSpec.securityContext?["sysctls"]?.items ?? [] {
                guard let name = sysctl["name"], let text = name.scalar, !Sysctl.isSafe(text) else { continue }
                findings.add("\(object.identity) sets the unsafe sysctl \(text), which reaches beyond the pod; expected only sysctls Kubernetes counts as safe.",
                             at: name, scope: podSpec.node, object: object)
            }
        }
    }
}

/// Kernel parameters a pod may set through `securityContext.sysctls`.
private enum Sysctl {
    /// The sysctls the kubelet allows by default (Kubernetes 1.32): each is namespaced and
    /// isolated, so a pod changing it changes nothing outside itself.
    static let safe: Set<String> = [
        "kernel.shm_rmid_forced",
        "net.ipv4.ip_local_port_range",
        "net.ipv4.tcp_syncookies",
        "net.ipv4.ping_group_range",
        "net.ipv4.ip_unprivileged_port_start",
        "net.ipv4.ip_local_reserved_ports",
        "net.ipv4.tcp_keepalive_time",
        "net.ipv4.tcp_fin_timeout",
        "net.ipv4.tcp_keepalive_intvl",
        "net.ipv4.tcp_keepalive_probes",
        "net.ipv4.tcp_rmem",
        "net.ipv4.tcp_wmem",
    ]

    /// Whether `name` is safe. A name may separate its parts with `/` instead of `.`
    /// (`net/ipv4/tcp_syncookies`); the kubelet then reads each `/` as `.` and each `.` as `/`.
    static func isSafe(_ name: String) -> Bool {
        let dotted = name.contains("/") ? String(name.map { $0 == "/" ? "." : $0 == "." ? "/" : $0 }) : name
        return safe.contains(dotted)
    }
}
