extension Rule {
    static let statefulSetWithoutServiceName = Rule(RuleDescription(
        id: "bb241e61-77c3-4b97-9575-c0f8a1e008d0",
        slug: "statefulset_without_service_name",
        name: "StatefulSet without service name",
        severity: .low,
        category: "Availability",
        summary: "A StatefulSet's serviceName does not name a headless Service that selects its pods.",
        help: """
            A StatefulSet gives each replica a stable network identity \
            (`web-0.nginx.shop.svc`) through its governing Service, named by `serviceName`. \
            Only a headless Service (`clusterIP: None`) that selects the StatefulSet's pods \
            publishes those per-pod DNS records; with a Service that is missing, not headless, \
            or selects other pods, members cannot find one another by name and clustered \
            stores fail to form or to recover.

            The rule asks for a Service in the StatefulSet's namespace (a manifest without a \
            namespace is taken to be in `default`) named as `spec.serviceName`, with \
            `clusterIP: None` and a `selector` whose labels the pod template carries. Only the \
            manifests of one scan are known: a Service kept elsewhere is not seen.

            **Fix:** set `spec.serviceName` and add a headless Service of that name in the same \
            namespace whose `selector` matches the pod template's labels.
            """,
        references: ["https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata: {name: zk-hs, namespace: data}
            spec:
              clusterIP: None
              selector: {app: zk}
              ports:
                - {name: peer, port: 2888}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: zk, namespace: data}
            spec:
              replicas: 3
              serviceName: zk-hs
              selector:
                matchLabels: {app: zk}
              template:
                metadata:
                  labels: {app: zk}
                spec:
                  containers:
                    - name: zookeeper
                      image: zookeeper:3.9
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata: {name: zk-hs, namespace: data}
            spec:
              selector: {app: zk}
              ports:
                - {name: peer, port: 2888}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: zk, namespace: data}
            spec:
              replicas: 3
              ↓serviceName: zk-hs
              selector:
                matchLabels: {app: zk}
              template:
                metadata:
                  labels: {app: zk}
                spec:
                  containers:
                    - name: zookeeper
                      image: zookeeper:3.9
            """,
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: cache}
            ↓spec:
              selector:
                matchLabels: {app: cache}
              template:
                metadata:
                  labels: {app: cache}
                spec:
                  containers:
                    - name: redis
                      image: redis:7
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.kind == "StatefulSet" ? .objects(ofKinds: ["Service"], mentioning: object.spec?["serviceName"]?.scalar) : .nothing
    }) { object, findings in
        guard object.kind == "StatefulSet", let spec = object.spec, let specKey = object.node.entry("spec")?.key else { return }
        guard let serviceName = spec.entry("serviceName"), let name = serviceName.value.scalar, !name.isEmpty else {
            findings.add("\(object.identity) names no governing Service; expected spec.serviceName naming a headless Service that selects its pods.",
                         at: spec.entry("serviceName")?.key ?? specKey, scope: spec, object: object)
            return
        }
        let governing = findings.context.objects(ofKind: "Service").compactMap(\.service).filter {
            $0.object.name == name && $0.isHeadless && $0.selectsPods(of: object)
        }
        guard governing.isEmpty else { return }
        findings.add("\(object.identity) names Service '\(name)', but no headless Service of that name in namespace '\(object.effectiveNamespace)' selects its pods; expected one with clusterIP: None and a selector matching the pod template's labels.",
                     at: serviceName.key, scope: spec, object: object)
    }
}
