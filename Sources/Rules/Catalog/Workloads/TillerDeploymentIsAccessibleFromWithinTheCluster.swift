extension Rule {
    static let tillerDeploymentIsAccessibleFromWithinTheCluster = Rule(RuleDescription(
        id: "e17fa86a-6222-4584-a914-56e8f6c87e06",
        slug: "tiller_deployment_is_accessible_from_within_the_cluster",
        name: "Tiller Deployment accessible within cluster",
        severity: .high,
        category: "Networking and Firewall",
        summary: "Tiller (Helm v2's server) listens on an address other pods can reach.",
        help: """
            Tiller installs whatever chart it is sent, with its own service account — usually \
            allowed to do anything in the cluster — and by default it asks nobody who is \
            sending. Listening on every address of its pod (its default, `:44134`), it lets any \
            pod that can reach it deploy privileged workloads or read every secret.

            The rule reads the `--listen` flag of containers running a Tiller image; only a \
            loopback address (`localhost`, `127.0.0.1`, `[::1]`) keeps Tiller to its own pod, \
            where the `helm` client reaches it through port forwarding.

            **Fix:** Helm v2 is no longer maintained: move to Helm 3, which has no server, and \
            remove Tiller. Until then, start it with `--listen=127.0.0.1:44134`.
            """,
        references: ["https://helm.sh/docs/topics/v2_v3_migration/"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: tiller-deploy, namespace: kube-system}
            spec:
              template:
                spec:
                  containers:
                    - name: tiller
                      image: gcr.io/kubernetes-helm/tiller:v2.17.0
                      command: [/tiller, --listen=localhost:44134]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: tiller-deploy, namespace: kube-system}
            spec:
              template:
                spec:
                  ↓containers:
                    - name: tiller
                      image: gcr.io/kubernetes-helm/tiller:v2.17.0
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: tiller-deploy, namespace: kube-system}
            spec:
              template:
                spec:
                  containers:
                    - name: tiller
                      image: gcr.io/kubernetes-helm/tiller:v2.17.0
                      ↓args: ["--listen=0.0.0.0:44134"]
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs {
            for container in podSpec.containers([.regular]) where container.runsTiller {
                if let listen = container.tillerListenAddress {
                    guard !listen.isLoopback else { continue }
                    findings.add("\(container.displayName) runs Tiller listening on '\(listen.value)', which other pods can reach; expected --listen=127.0.0.1:44134.",
                                 at: container.listKey(holding: listen.node) ?? listen.node, scope: container.node, object: object, container: container)
                } else {
                    findings.add("\(container.displayName) runs Tiller without --listen, so it listens on every address of its pod; expected --listen=127.0.0.1:44134.",
                                 at: container.argsKey ?? podSpec.listKey(of: container) ?? container.node, scope: container.node, object: object, container: container)
                }
            }
        }
    }
}
