extension Rule {
    static let imageWithoutDigest = Rule(RuleDescription(
        id: "7c81d34c-8e5a-402b-9798-9f442630e678",
        slug: "image_without_digest",
        name: "Image without digest",
        severity: .low,
        category: "Insecure Configurations",
        summary: "A container's image is not pinned by digest, so what runs can change without the manifest changing.",
        help: """
            A tag is a pointer that whoever can push to the repository may move. An image named \
            by tag alone can therefore run different code from one pull to the next: a rebuilt \
            base image, a mistaken push, or a compromised registry account all reach the \
            cluster without any change to the manifest. A digest (`@sha256:…`) names the \
            content itself.

            **Fix:** pin each image by digest, `registry.example/app:1.4@sha256:…` (the tag may \
            stay for readers), and let a tool such as Renovate or Dependabot move the digest.
            """,
        references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27@sha256:0b1f2d3c4e5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff
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
                  initContainers:
                    - name: migrate
                      image: ↓example/migrate:1.0
                  containers:
                    - name: web
                      image: ↓nginx:1.27
            """,
        ]
    )) { object, findings in
        for container in object.containers() {
            guard let image = container.imageReference, let entry = container.imageEntry, !image.isPinned else { continue }
            findings.add("\(container.displayName) runs \(image.text), which is not pinned by digest; expected an image reference ending in @sha256:….",
                         at: entry.value, scope: container.node, object: object, container: container)
        }
    }
}
