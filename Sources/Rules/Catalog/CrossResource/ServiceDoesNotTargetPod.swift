extension Rule {
    static let serviceDoesNotTargetPod = Rule(RuleDescription(
        id: "3ca03a61-3249-4c16-8427-6f8e47dda729",
        slug: "service_does_not_target_pod",
        name: "Service does not target a Pod",
        severity: .low,
        category: "Insecure Configurations",
        summary: "A Service's selector matches no pod of the scan, or a port of it leads to no port the selected pods declare.",
        help: """
            A Service whose selector matches no pod has no endpoints: clients get connection \
            errors, and the Service is often a leftover that keeps a name, a cluster IP or a \
            load balancer alive for nothing, or that starts sending traffic to whatever pod \
            later happens to carry its labels. A port whose `targetPort` (or, when left out, \
            `port`) names no container port of the selected pods sends traffic nowhere.

            A pod is selected when it may be in the Service's namespace and its labels hold \
            every pair of the Service's `selector`; the pods of Deployments, StatefulSets, \
            Jobs and the like count. A Service without a selector (its endpoints are managed \
            by hand) and an `ExternalName` Service are not judged, nor is a Service in a scan \
            that holds no pods at all. Since a container may listen on ports it does not \
            declare, a numbered port is only checked against pods that declare ports.

            **Fix:** make the selector match the labels of the pod template it is meant for and \
            the `targetPort` match a `containerPort` (or its `name`), or delete the Service.
            """,
        references: ["https://kubernetes.io/docs/concepts/services-networking/service/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports:
                - port: 80
                  targetPort: http
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web, tier: front}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      ports:
                        - name: http
                          containerPort: 8080
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              ↓selector: {app: web}
              ports:
                - port: 80
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: nginx:1.27
            """,
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports:
                - ↓port: 80
                  targetPort: 9090
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - containerPort: 8080
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        object.service == nil ? .nothing : .podRunners
    }) { object, findings in
        guard let service = object.service, service.type != "ExternalName",
              let selector = service.selectorEntry, !service.selectorLabels.isEmpty else { return }
        let context = findings.context
        // Without any pod in reach the scan cannot tell: the workloads may be deployed from elsewhere.
        guard context.holdsPods(near: object) else { return }
        let selected = context.podSpecs(selectedBy: service)
        guard !selected.isEmpty else {
            let written = service.selectorLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            findings.add("\(object.identity) selects pods labelled \(written), and no pod of the scan carries those labels; expected a selector that matches the pods it serves.",
                         at: selector.key, scope: object.node, object: object)
            return
        }
        for port in service.ports {
            guard let target = port.target, let portEntry = port.portEntry else { continue }
            let isNumber = Int(target) != nil
            let judged = isNumber ? selected.filter(\.declaresPorts) : selected
            guard !judged.isEmpty, !judged.contains(where: { $0.declaresPort(target) }) else { continue }
            findings.add("\(object.identity) sends port \(portEntry.value.scalar ?? "?") to target port \(target), which no pod it selects declares; expected a containerPort (or port name) \(target).",
                         at: portEntry.key, scope: port.node, object: object)
        }
    }
}
