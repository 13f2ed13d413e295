extension Rule {
    static let imagePolicyWebhookAdmissionControlPluginNotSet = Rule(RuleDescription(
        id: "14abda69-8e91-4acb-9931-76e2bee90284",
        slug: "image_policy_webhook_admission_control_plugin_not_set",
        name: "Image policy webhook admission control plugin not set",
        severity: .low,
        category: "Build Process",
        summary: "kube-apiserver does not turn on the ImagePolicyWebhook admission plugin.",
        help: """
            Without an image policy, any image from any registry can run in the cluster: an \
            unscanned, unsigned or typo-squatted image is admitted like any other. The \
            `ImagePolicyWebhook` plugin asks a webhook of your choice to approve the images of \
            every new pod, so only images that pass your checks can run.

            **Fix:** add `ImagePolicyWebhook` to `--enable-admission-plugins` and configure its \
            backend in the file named by `--admission-control-config-file`, e.g. \
            `--enable-admission-plugins=NodeRestriction,ImagePolicyWebhook` with \
            `--admission-control-config-file=/etc/kubernetes/admission/config.yaml`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#imagepolicywebhook",
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
                    - --enable-admission-plugins=NodeRestriction,ImagePolicyWebhook
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
                    - ↓--enable-admission-plugins=NodeRestriction,AlwaysPullImages
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where !apiserver.enablesAdmissionPlugin("ImagePolicyWebhook") {
            findings.admissionPluginNotEnabled(["ImagePolicyWebhook"], in: apiserver)
        }
    }
}
