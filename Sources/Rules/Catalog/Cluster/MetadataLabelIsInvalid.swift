extension Rule {
    static let metadataLabelIsInvalid = Rule(RuleDescription(
        id: "1123031a-f921-4c5b-bd86-ef354ecfd37a",
        slug: "metadata_label_is_invalid",
        name: "Invalid metadata label",
        severity: .low,
        category: "Best Practices",
        summary: "A label key or value does not follow Kubernetes' label syntax.",
        help: """
            The API server rejects an object whose labels break the label syntax, so the \
            manifest fails when it is applied, often far from where it was written, and tools \
            that select by labels never see it.

            A label value is empty or at most 63 characters: letters, digits, `-`, `_` and `.`, \
            beginning and ending with a letter or digit. A key is a name with the same rules \
            (not empty), optionally after a prefix and a `/`: a DNS subdomain of lowercase \
            letters, digits, `-` and `.`, at most 253 characters (`app.kubernetes.io/name`). \
            The rule reads the object's labels and those of its pod and job templates, and \
            points at the key or value at fault.

            **Fix:** rewrite the label within the syntax; keep free text in an annotation, \
            which takes any string.
            """,
        references: ["https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: goproxy
              labels:
                app.kubernetes.io/name: goproxy
                version: v0.1_beta-2
                tier: ""
                <<: {team: payments}
            spec:
              containers:
                - name: goproxy
                  image: example/goproxy:0.1
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: goproxy
              labels:
                app: ↓go proxy
                ↓Example.com/team: web
            spec:
              containers:
                - name: goproxy
                  image: example/goproxy:0.1
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                metadata:
                  labels:
                    release: ↓-canary
                spec:
                  containers:
                    - name: web
                      image: example/web:1.0
            """,
        ]
    )) { object, findings in
        for labels in object.labelMaps {
            for (key, value) in labels.pairs {
                // A YAML merge key (`<<: *common`) brings in other labels; it is no label itself.
                guard let keyText = key.scalar, value.kind == .scalar else { continue }
                if !LabelSyntax.isValidKey(keyText) {
                    findings.add("\(object.identity) has the label key '\(keyText)', which is not a valid label key; expected an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit.",
                                 at: key, scope: object.node, object: object)
                }
                guard !value.isNull, let valueText = value.scalar, !LabelSyntax.isValidValue(valueText) else { continue }
                findings.add("\(object.identity) has the label \(keyText) with the value '\(valueText)', which is not a valid label value; expected at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit.",
                             at: value, scope: object.node, object: object)
            }
        }
    }
}
