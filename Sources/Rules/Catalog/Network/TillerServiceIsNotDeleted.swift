extension Rule {
    static let tillerServiceIsNotDeleted = Rule(RuleDescription(
        id: "8b862ca9-0fbd-4959-ad72-b6609bdaa22d",
        slug: "tiller_service_is_not_deleted",
        name: "Tiller Service present",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A Service exposes Tiller, the server of Helm v2.",
        help: """
            Tiller, Helm v2's in-cluster server, installs charts with broad permissions and by \
            default does not authenticate who asks. Its Service gives every pod of the cluster \
            (and, with another type than `ClusterIP`, whoever reaches the nodes) a stable \
            address to send it commands. A Service left behind after Tiller was removed is an \
            open door the next time something answers to its selector.

            The rule reports a Service whose name or `name` label has the word `tiller` \
            (`tiller-deploy`), and each value of its selector with that word (`name: tiller`), \
            which would send its traffic to Tiller's pods.

            **Fix:** migrate releases to Helm 3, which needs no server in the cluster, then \
            delete Tiller's Deployment, its Service and its service account.
            """,
        references: ["https://helm.sh/docs/topics/v2_v3_migration/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: distiller
              labels: {name: distiller}
            spec:
              selector: {name: distiller}
              ports:
                - port: 80
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: ↓tiller-deploy
              namespace: kube-system
              labels: {app: helm, name: tiller}
            spec:
              selector:
                app: helm
                name: ↓tiller
              ports:
                - name: tiller
                  port: 44134
            """,
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: helm-server
              labels:
                name: ↓tiller
            spec:
              ports:
                - port: 44134
            """,
        ]
    )) { object, findings in
        guard object.service != nil else { return }
        if let marker = KubernetesObject.tillerMarker(in: object.metadata) {
            findings.add("\(object.identity) is named as Helm v2's Tiller ('\(marker.scalar ?? "")'); expected no Service for Tiller.",
                         at: marker, scope: object.node, object: object)
        }
        for (key, value) in object.spec?["selector"]?.pairs ?? [] where value.scalar?.nameWords.contains("tiller") == true {
            findings.add("\(object.identity) selects Helm v2's Tiller pods (\(key.scalar ?? ""): \(value.scalar ?? "")); expected no Service for Tiller.",
                         at: value, scope: object.node, object: object)
        }
    }
}
