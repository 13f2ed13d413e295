extension Rule {
    static let alwaysAdmitAdmissionControlPluginSet = Rule(RuleDescription(
        id: "ce30e584-b33f-4c7d-b418-a3d7027f8f60",
        slug: "always_admit_admission_control_plugin_set",
        name: "Always admit admission control plugin set",
        severity: .medium,
        category: "Access Control",
        summary: "kube-apiserver turns on the AlwaysAdmit admission plugin, which lets every request through.",
        help: """
            Admission plugins are the API server's last check before an object is stored: they \
            enforce quotas, node restrictions, pod security and image policies. `AlwaysAdmit` \
            accepts every request unconditionally, so it is a way of switching that safety net \
            off; it has long been deprecated and has no legitimate use in a real cluster.

            **Fix:** remove `AlwaysAdmit` from `--enable-admission-plugins` (and from the older \
            `--admission-control`), e.g. `--enable-admission-plugins=NodeRestriction`.
            """,
        references: ["https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/"],
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
                    - --enable-admission-plugins=NodeRestriction,AlwaysPullImages
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["hyperkube", "apiserver"]
                  args: ["--enable-admission-plugins", "EventRateLimit", "--disable-admission-plugins=AlwaysAdmit"]
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
                    - ↓--enable-admission-plugins=NodeRestriction,AlwaysAdmit
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["/usr/local/bin/kube-apiserver"]
                  args: ["--admission-control=AlwaysAdmit"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where apiserver.enablesAdmissionPlugin("AlwaysAdmit") {
            guard let flag = apiserver.flagEnabling(admissionPlugin: "AlwaysAdmit") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "no AlwaysAdmit plugin")
        }
    }
}
