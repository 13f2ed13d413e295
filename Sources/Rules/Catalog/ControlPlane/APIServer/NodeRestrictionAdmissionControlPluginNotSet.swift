extension Rule {
    static let nodeRestrictionAdmissionControlPluginNotSet = Rule(RuleDescription(
        id: "33fc6923-6553-4fe6-9d3a-4efa51eb874b",
        slug: "node_restriction_admission_control_plugin_not_set",
        name: "Node restriction admission control plugin not set",
        severity: .medium,
        category: "Access Control",
        summary: "kube-apiserver does not turn on the NodeRestriction admission plugin.",
        help: """
            Each kubelet authenticates as its own node. Without `NodeRestriction`, a kubelet may \
            change the Node object and labels of any other node and the pods bound to them, so one \
            compromised node can relabel others to attract sensitive workloads or tamper with their \
            pods. The plugin limits every kubelet to its own Node and its own pods; it works with \
            the `Node` authorization mode.

            **Fix:** add `NodeRestriction` to `--enable-admission-plugins`, e.g. \
            `--enable-admission-plugins=NodeRestriction`, together with `--authorization-mode=Node,RBAC`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#noderestriction",
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
                    - --authorization-mode=Node,RBAC
                    - --enable-admission-plugins=NodeRestriction
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
                    - --authorization-mode=Node,RBAC
                    - ↓--enable-admission-plugins=AlwaysPullImages
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--authorization-mode=Node,RBAC"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.enablesAdmissionPlugin("NodeRestriction") {
            findings.admissionPluginNotEnabled(["NodeRestriction"], in: apiserver)
        }
    }
}
