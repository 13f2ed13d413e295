extension Rule {
    static let bindAddressNotProperlySet = Rule(RuleDescription(
        id: "46a2e9ec-6a5f-4faa-9d39-4ea44d5d87a2",
        slug: "bind_address_not_properly_set",
        name: "Bind address not properly set",
        severity: .info,
        category: "Networking and Firewall",
        summary: "kube-controller-manager or kube-scheduler listens on every network interface.",
        help: """
            kube-controller-manager and kube-scheduler serve health checks, metrics and, unless \
            turned off, profiling data on their secure port. By default it listens on all \
            interfaces, so anyone who can reach the control-plane node can probe it. Both run next \
            to the API server and need no callers from elsewhere.

            **Fix:** bind them to the loopback interface: `--bind-address=127.0.0.1` (kubeadm's \
            choice), and probe them on `127.0.0.1` too.
            """,
        references: [
            "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/",
            "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-scheduler, namespace: kube-system}
            spec:
              containers:
                - name: kube-scheduler
                  command:
                    - kube-scheduler
                    - --bind-address=127.0.0.1
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command: ["kube-controller-manager"]
                  args: ["--bind-address", "::1"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-scheduler, namespace: kube-system}
            spec:
              containers:
                - name: kube-scheduler
                  command:
                    - kube-scheduler
                    - ↓--bind-address=0.0.0.0
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  ↓command: ["hyperkube", "controller-manager", "--leader-elect=true"]
            """,
        ]
    )) { object, findings in
        for component in ["kube-controller-manager", "kube-scheduler"] {
            for invocation in object.invocations(of: component) {
                guard let flag = invocation.flag("--bind-address") else {
                    findings.missingFlag("--bind-address", in: invocation, expected: "127.0.0.1")
                    continue
                }
                if !isLoopback(invocation.value(of: "--bind-address") ?? "") {
                    findings.wrongFlag(flag, in: invocation, expected: "--bind-address=127.0.0.1")
                }
            }
        }
    }
}

/// Whether an IP address is a loopback one: `127.0.0.0/8` or `::1`.
private func isLoopback(_ address: String) -> Bool {
    if address == "::1" { return true }
    let octets = address.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
}
