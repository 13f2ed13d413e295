extension Rule {
    static let eventRateLimitAdmissionControlPluginNotSet = Rule(RuleDescription(
        id: "e0099af2-fe17-411f-9991-0de28fe15f3c",
        slug: "event_rate_limit_admission_control_plugin_not_set",
        name: "Event rate limit admission control plugin not set",
        severity: .low,
        category: "Availability",
        summary: "kube-apiserver does not turn on the EventRateLimit admission plugin.",
        help: """
            Every component and controller can create Event objects, and a misbehaving or hostile \
            client can create them as fast as it likes. With nothing to slow them down, an event \
            storm fills etcd and starves the API server for everyone. The `EventRateLimit` plugin \
            caps how many events the server accepts, per server, namespace, user or source.

            **Fix:** add `EventRateLimit` to `--enable-admission-plugins` and give its limits in the \
            file named by `--admission-control-config-file`, e.g. \
            `--enable-admission-plugins=NodeRestriction,EventRateLimit` with \
            `--admission-control-config-file=/etc/kubernetes/admission/config.yaml`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#eventratelimit",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - --enable-admission-plugins=NodeRestriction,EventRateLimit
                    - --admission-control-config-file=/etc/kubernetes/admission/config.yaml
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
                  command:
                    - kube-apiserver
                    - ↓--enable-admission-plugins=NodeRestriction
            """,
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: apiserver}
            spec:
              template:
                spec:
                  containers:
                    - name: apiserver
                      ↓command: ["/bin/sh", "-c", "exec kube-apiserver --secure-port=6443"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.enablesAdmissionPlugin("EventRateLimit") {
            findings.admissionPluginNotEnabled(["EventRateLimit"], in: apiserver)
        }
    }
}
