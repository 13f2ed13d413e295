extension Rule {
    static let tillerIsDeployed = Rule(RuleDescription(
        id: "6d173be7-545a-46c6-a81d-2ae52ed1605d",
        slug: "tiller_is_deployed",
        name: "Tiller (Helm v2) deployed",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A workload deploys Tiller, the server of Helm v2.",
        help: """
            Tiller is the in-cluster half of Helm v2: it installs charts with a service account \
            that typically may do anything in the cluster, and by default it does not \
            authenticate who asks. Anyone who reaches it, or who may port-forward to its pod, \
            can use it to run privileged workloads and read every secret. Helm v2 has received \
            no fixes since 2020.

            The rule reports a workload whose name or `name` label has the word `tiller` \
            (`tiller-deploy`), a pod template labelled that way, and each container list \
            holding a container whose image is Tiller's (`gcr.io/kubernetes-helm/tiller`).

            **Fix:** migrate releases to Helm 3 (`helm-2to3`), which works without any server \
            in the cluster, then delete Tiller's Deployment, Service and service account.
            """,
        references: ["https://helm.sh/docs/topics/v2_v3_migration/"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: distiller
              labels: {app: distiller}
            spec:
              template:
                metadata:
                  labels: {app: distiller}
                spec:
                  containers:
                    - name: distiller
                      image: example/distiller:1.0
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ↓tiller-deploy
              namespace: kube-system
              labels: {app: helm, name: tiller}
            spec:
              template:
                ↓metadata:
                  labels: {app: helm, name: tiller}
                spec:
                  ↓containers:
                    - name: tiller
                      image: gcr.io/kubernetes-helm/tiller:v2.17.0
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: helm-server}
            spec:
              ↓containers:
                - name: server
                  image: ghcr.io/helm/tiller:v2.17.0
            """,
        ]
    )) { object, findings in
        let podSpecs = object.podSpecs
        guard !podSpecs.isEmpty else { return }
        if let marker = KubernetesObject.tillerMarker(in: object.metadata) {
            findings.add("\(object.identity) is named as Helm v2's Tiller ('\(marker.scalar ?? "")'); expected no Tiller in the cluster.",
                         at: marker, scope: object.node, object: object)
        }
        for podSpec in podSpecs {
            if podSpec.node != object.spec, let marker = KubernetesObject.tillerMarker(in: podSpec.metadata),
               let metadataKey = podSpec.node.parent?.entry("metadata")?.key {
                findings.add("\(object.identity) has a pod template labelled as Helm v2's Tiller ('\(marker.scalar ?? "")'); expected no Tiller in the cluster.",
                             at: metadataKey, scope: podSpec.node, object: object)
            }
            for kind in ContainerKind.allCases {
                let tillers = podSpec.containers([kind]).filter(\.runsTiller)
                guard let first = tillers.first, let listKey = podSpec.listKey(of: first) else { continue }
                let names = tillers.map { "'\($0.name)' (image '\($0.image ?? "")')" }.joined(separator: ", ")
                findings.add("\(object.identity) runs Helm v2's Tiller in \(kind.key) \(names); expected no Tiller in the cluster.",
                             at: listKey, scope: podSpec.node, object: object, container: tillers.count == 1 ? first : nil)
            }
        }
    }
}
