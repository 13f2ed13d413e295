extension Rule {
    static let statefulSetHasNoPodAntiAffinity = Rule(RuleDescription(
        id: "d740d048-8ed3-49d3-b77b-6f072f3b669e",
        slug: "statefulset_has_no_pod_anti_affinity",
        name: "StatefulSet without podAntiAffinity",
        severity: .low,
        category: "Resource Management",
        summary: "A StatefulSet with three or more replicas does not ask the scheduler to keep them on different nodes.",
        help: """
            StatefulSets usually run replicated stores (databases, queues, coordination \
            services) whose quorum survives the loss of a minority of members. If the scheduler \
            places a majority of them on one node, that node's failure or drain loses the \
            quorum and with it the service, however many replicas there are.

            The rule looks at StatefulSets with more than two `replicas`. A \
            `podAntiAffinity` term (required or preferred) keeps them apart when it has a \
            `topologyKey` (`kubernetes.io/hostname`, or a zone, which holds whole nodes) and \
            its `labelSelector` selects the pod template's own labels; a selector that matches \
            other labels spreads nothing.

            **Fix:** add to the pod template's spec an `affinity.podAntiAffinity` term with \
            `topologyKey: kubernetes.io/hostname` and a `labelSelector` matching the template's \
            labels; use `requiredDuringSchedulingIgnoredDuringExecution` for a quorum-based store.
            """,
        references: ["https://kubernetes.io/docs/tutorials/stateful-application/zookeeper/#tolerating-node-failure"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: zk}
            spec:
              replicas: 3
              serviceName: zk-hs
              selector: {matchLabels: {app: zk}}
              template:
                metadata:
                  labels: {app: zk}
                spec:
                  affinity:
                    podAntiAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        - topologyKey: kubernetes.io/hostname
                          labelSelector:
                            matchLabels: {app: zk}
                  containers:
                    - name: zookeeper
                      image: zookeeper:3.9
            """,
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: cache}
            spec:
              serviceName: cache
              template:
                spec:
                  containers:
                    - name: redis
                      image: redis:7
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: zk}
            spec:
              replicas: 3
              serviceName: zk-hs
              template:
                metadata:
                  labels: {app: zk}
                spec:
                  ↓affinity:
                    podAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        - topologyKey: kubernetes.io/hostname
                          labelSelector:
                            matchLabels: {app: zk}
                  containers:
                    - name: zookeeper
                      image: zookeeper:3.9
            """,
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: etcd}
            spec:
              replicas: 5
              serviceName: etcd
              template:
                metadata:
                  labels: {app: etcd}
                spec:
                  affinity:
                    podAntiAffinity:
                      preferredDuringSchedulingIgnoredDuringExecution:
                        - weight: 100
                          ↓podAffinityTerm:
                            labelSelector:
                              matchLabels: {app: etcd}
                  containers:
                    - name: etcd
                      image: quay.io/coreos/etcd:v3.5.12
            """,
        ]
    )) { object, findings in
        findings.unspreadReplicas(of: object, kind: "StatefulSet")
    }
}
