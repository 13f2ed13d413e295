extension Rule {
    static let invalidImage = Rule(RuleDescription(
        id: "583053b7-e632-46f0-b989-f81ff8045385",
        slug: "invalid_image",
        name: "Invalid image tag",
        severity: .low,
        category: "Supply-Chain",
        summary: "A container names no image, or an image by the moving latest tag, written or implied.",
        help: """
            An image without a tag means `latest`, and `latest` is whatever was pushed last: \
            the same manifest runs different code from one day, or one node, to the next, and \
            a rollback cannot go back to what ran before. A container with no image, or an \
            empty one, does not start at all.

            An image pinned by digest (`@sha256:…`) names fixed content whatever its tag, so it \
            is not reported.

            **Fix:** name every image with a version tag (`nginx:1.27`), or better a digest.
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
                  image: nginx:1.27
                - name: proxy
                  image: registry.example:5000/proxy@sha256:0b1f2d3c4e5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff
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
                      image: ↓registry.example:5000/migrate
                  containers:
                    - name: web
                      image: ↓nginx:latest
                    - name: sidecar
                      image: ↓""
                    - ↓name: logger
            """,
        ]
    )) { object, findings in
        for container in object.containers() {
            guard let entry = container.node.entry("image") else {
                findings.add("\(container.displayName) names no image; expected an image with a version tag or a digest.",
                             at: container.node, scope: container.node, object: object, container: container)
                continue
            }
            guard let text = entry.value.scalar else { continue }
            if entry.value.isNull || text.isEmpty {
                findings.add("\(container.displayName) has an empty image; expected an image with a version tag or a digest.",
                             at: entry.value.isNull ? entry.key : entry.value, scope: container.node, object: object, container: container)
                continue
            }
            let image = ImageReference(text)
            if image.isLatest && !image.isPinned {
                let why = image.tag == nil ? "whose missing tag means latest" : "whose latest tag moves with every push"
                findings.add("\(container.displayName) runs \(text), \(why); expected a version tag or a digest.",
                             at: entry.value, scope: container.node, object: object, container: container)
            }
        }
    }
}
