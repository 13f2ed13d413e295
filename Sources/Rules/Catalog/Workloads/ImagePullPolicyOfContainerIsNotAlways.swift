extension Rule {
    static let imagePullPolicyOfContainerIsNotAlways = Rule(RuleDescription(
        id: "caa3479d-885d-4882-9aac-95e5e78ef5c2",
        slug: "image_pull_policy_of_container_is_not_always",
        name: "Image pull policy of the container is not set to always",
        severity: .low,
        category: "Insecure Configurations",
        summary: "A container's image is named by a tag and may run from the node's cache instead of being pulled.",
        help: """
            A tag can be moved to other content at any time. With `imagePullPolicy` \
            `IfNotPresent` or `Never` the kubelet runs whatever the node cached under that tag, \
            so nodes may run different or outdated code, and a pod may start from a private \
            image another pod pulled without ever showing the registry its own credentials.

            When `imagePullPolicy` is left out, the API server fills it in: `Always` for the \
            `latest` tag or no tag at all, `IfNotPresent` for any other tag. An image pinned by \
            digest (`@sha256:…`) names fixed content, so caching it is safe and it is not \
            reported.

            **Fix:** set `imagePullPolicy: Always`, or pin the image by digest.
            """,
        references: ["https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  imagePullPolicy: Always
                - name: sidecar
                  image: example/sidecar@sha256:0b1f2d3c4e5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff
                  imagePullPolicy: IfNotPresent
                - name: logger
                  image: example/logger
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      imagePullPolicy: ↓IfNotPresent
                    - ↓name: sidecar
                      image: registry.example:5000/sidecar:1.0
                    - name: logger
                      image: example/logger:latest
                      imagePullPolicy: ↓Never
            """,
        ]
    )) { object, findings in
        for container in object.containers() {
            guard let image = container.imageReference, !image.isPinned else { continue }
            if let policy = container.imagePullPolicyEntry {
                if policy.value.scalar != "Always" {
                    findings.add("\(container.displayName) runs \(image.text) with imagePullPolicy: \(policy.value.scalar ?? "(not a scalar)"), so a node may run a stale cached image; expected imagePullPolicy: Always or an image pinned by digest.",
                                 at: policy.value.kind == .scalar ? policy.value : policy.key, scope: container.node,
                                 object: object, container: container)
                }
            } else if image.defaultPullPolicy != "Always" {
                findings.add("\(container.displayName) runs \(image.text) without imagePullPolicy, which defaults to \(image.defaultPullPolicy) for this tag, so a node may run a stale cached image; expected imagePullPolicy: Always or an image pinned by digest.",
                             at: container.node, scope: container.node, object: object, container: container)
            }
        }
    }
}
