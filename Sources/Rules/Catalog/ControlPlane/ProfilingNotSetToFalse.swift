extension Rule {
    static let profilingNotSetToFalse = Rule(RuleDescription(
        id: "2f491173-6375-4a84-b28e-a4e2b9a58a69",
        slug: "profiling_not_set_to_false",
        name: "Profiling not set to false",
        severity: .low,
        category: "Observability",
        summary: "A control-plane component serves Go profiling data.",
        help: """
            With profiling on, kube-apiserver, kube-controller-manager and kube-scheduler serve \
            `/debug/pprof`: stack traces, memory and CPU profiles of the running process. They \
            reveal the program's inner workings to whoever may call the endpoint, and a profile \
            request costs the component real work, which makes it a cheap way to slow it down. \
            Profiling is on unless turned off. A kube-scheduler started with `--config` ignores \
            `--profiling` and follows the file's `enableProfiling`.

            **Fix:** `--profiling=false` on kube-apiserver, kube-controller-manager and \
            kube-scheduler, or `enableProfiling: false` in a KubeSchedulerConfiguration.
            """,
        references: ["https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command:
                    - kube-controller-manager
                    - --profiling=false
            """,
            """
            apiVersion: kubescheduler.config.k8s.io/v1
            kind: KubeSchedulerConfiguration
            enableProfiling: false
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-scheduler, namespace: kube-system}
            spec:
              containers:
                - name: kube-scheduler
                  command:
                    - kube-scheduler
                    - --config=/etc/kubernetes/scheduler-config.yaml
                    - --profiling=true
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command:
                    - kube-apiserver
                    - --secure-port=6443
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-scheduler, namespace: kube-system}
            spec:
              containers:
                - name: kube-scheduler
                  ↓command: ["kube-scheduler"]
                  args: ["--profiling"]
            """,
            """
            apiVersion: kubescheduler.config.k8s.io/v1
            kind: KubeSchedulerConfiguration
            ↓enableProfiling: true
            """,
            """
            apiVersion: kubescheduler.config.k8s.io/v1
            ↓kind: KubeSchedulerConfiguration
            leaderElection: {leaderElect: true}
            """,
        ]
    )) { object, findings in
        for component in ["kube-apiserver", "kube-controller-manager", "kube-scheduler"] {
            for invocation in object.invocations(of: component) {
                // kube-scheduler's --profiling is deprecated: with --config the scheduler ignores it
                // and reads enableProfiling from its file, judged on its own below. Without the flag
                // it is left alone, as KICS's fixtures hold.
                let scheduler = component == "kube-scheduler"
                if scheduler && invocation.configurationFile != nil { continue }
                if let flag = invocation.flag("--profiling") {
                    if invocation.boolValue(of: "--profiling") != false {
                        findings.wrongFlag(flag, in: invocation, expected: "--profiling=false")
                    }
                } else if !scheduler {
                    findings.missingFlag("--profiling", in: invocation, expected: "false")
                }
            }
        }
        if let configuration = object.schedulerConfiguration {
            if let profiling = configuration.enableProfiling {
                if profiling.value.bool != false {
                    findings.unsafeSetting(profiling, in: configuration, expected: "false")
                }
            } else {
                findings.missingSetting("enableProfiling", in: configuration, expected: "false")
            }
        }
    }
}
