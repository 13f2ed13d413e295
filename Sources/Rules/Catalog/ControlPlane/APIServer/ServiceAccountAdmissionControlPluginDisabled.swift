extension Rule {
    static let serviceAccountAdmissionControlPluginDisabled = Rule(RuleDescription(
        id: "9587c890-0524-40c2-9ce2-663af7c2f063",
        slug: "service_account_admission_control_plugin_disabled",
        name: "Service account admission control plugin disabled",
        severity: .medium,
        category: "Access Control",
        summary: "kube-apiserver turns off the ServiceAccount admission plugin.",
        help: """
            `ServiceAccount` is on by default. It gives every pod a service account (the \
            namespace's `default` one when none is named), refuses pods that name a service \
            account that does not exist, and mounts the account's credentials the way the pod \
            asks. Without it, pods run without a known identity, RBAC bindings to service accounts \
            no longer describe what pods can do, and a pod can reference an account that was never \
            created.

            **Fix:** remove `ServiceAccount` from `--disable-admission-plugins` (leaving it on, as it \
            is by default).
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#serviceaccount",
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
                    - --enable-admission-plugins=NodeRestriction
                    - --disable-admission-plugins=DefaultStorageClass
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
                    - ↓--disable-admission-plugins=ServiceAccount
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--disable-admission-plugins=DefaultStorageClass,ServiceAccount"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            guard let flag = apiserver.flagDisabling(admissionPlugin: "ServiceAccount") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "ServiceAccount left enabled")
        }
    }
}
