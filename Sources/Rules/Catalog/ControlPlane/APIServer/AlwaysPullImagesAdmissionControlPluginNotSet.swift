extension Rule {
    static let alwaysPullImagesAdmissionControlPluginNotSet = Rule(RuleDescription(
        id: "a77f4d07-c6e0-4a48-8b35-0eeb51576f4f",
        slug: "always_pull_images_admission_control_plugin_not_set",
        name: "Always pull images admission control plugin not set",
        severity: .medium,
        category: "Build Process",
        summary: "kube-apiserver does not turn on the AlwaysPullImages admission plugin.",
        help: """
            A node keeps the images it has pulled. Without `AlwaysPullImages`, a pod that names an \
            image already cached on its node starts from that copy without the registry ever \
            checking its pull credentials, so one tenant can run another tenant's private image. \
            The plugin sets `imagePullPolicy: Always` on every new pod, so each start proves access \
            to the registry.

            **Fix:** add `AlwaysPullImages` to kube-apiserver's `--enable-admission-plugins`, e.g. \
            `--enable-admission-plugins=NodeRestriction,AlwaysPullImages`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages",
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
                    - --enable-admission-plugins=NodeRestriction,AlwaysPullImages
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["kube-apiserver"]
                  args: ["--enable-admission-plugins=NodeRestriction", "--enable-admission-plugins=AlwaysPullImages"]
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
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--secure-port=6443"]
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - --enable-admission-plugins=NodeRestriction
                    - ↓--disable-admission-plugins=AlwaysPullImages
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.enablesAdmissionPlugin("AlwaysPullImages") {
            findings.admissionPluginNotEnabled(["AlwaysPullImages"], in: apiserver)
        }
    }
}
