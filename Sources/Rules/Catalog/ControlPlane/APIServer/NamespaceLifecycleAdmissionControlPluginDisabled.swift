extension Rule {
    static let namespaceLifecycleAdmissionControlPluginDisabled = Rule(RuleDescription(
        id: "1ffe7bf7-563b-4b3d-a71d-ba6bd8d49b37",
        slug: "namespace_lifecycle_admission_control_plugin_disabled",
        name: "Namespace lifecycle admission control plugin disabled",
        severity: .low,
        category: "Build Process",
        summary: "kube-apiserver turns off the NamespaceLifecycle admission plugin.",
        help: """
            `NamespaceLifecycle` is on by default. It refuses new objects in a namespace that is \
            being deleted or does not exist, and it keeps `default`, `kube-system` and \
            `kube-public` from being deleted. Turned off, objects can be created in a namespace \
            while its cleanup runs and outlive it, escaping the policies and quotas that applied \
            there, and the system namespaces can be removed.

            **Fix:** remove `NamespaceLifecycle` from `--disable-admission-plugins` (leaving it on, \
            as it is by default).
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#namespacelifecycle",
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
                    - --disable-admission-plugins=DefaultStorageClass
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["kube-apiserver"]
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
                    - ↓--disable-admission-plugins=DefaultStorageClass,NamespaceLifecycle
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--disable-admission-plugins", "NamespaceLifecycle"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") {
            guard let flag = apiserver.flagDisabling(admissionPlugin: "NamespaceLifecycle") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "NamespaceLifecycle left enabled")
        }
    }
}
