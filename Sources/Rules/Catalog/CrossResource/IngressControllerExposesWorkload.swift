extension Rule {
    static let ingressControllerExposesWorkload = Rule(RuleDescription(
        id: "69bbc5e3-0818-4150-89cc-1e989b48f23b",
        slug: "ingress_controller_exposes_workload",
        name: "Ingress controller exposes workload",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "An Ingress routes traffic from outside the cluster to a Service of the scan.",
        help: """
            An Ingress asks the cluster's ingress controller to accept requests from outside \
            (often from the internet) and pass them to a Service, and so to the pods behind \
            it. Whatever those pods serve becomes reachable by anyone who can reach the \
            controller: admin pages, debug endpoints, unauthenticated APIs. Each such route \
            should be a decision, reviewed with the workload it exposes.

            Each backend of the Ingress (`spec.rules[].http.paths[].backend`, and the default \
            `backend` or `defaultBackend`) is reported when it names a Service of the scan \
            that may be in the Ingress's namespace, by a port that Service has: its number \
            or its name, in `networking.k8s.io/v1`'s `service` form or the older \
            `serviceName`/`servicePort`.

            **Fix:** expose only what must be public; put authentication in front of it (at \
            the controller or in the application), restrict source ranges where the \
            controller allows it, and serve internal tools through a ClusterIP Service only. \
            Once reviewed, suppress the finding for that Ingress.
            """,
        references: ["https://kubernetes.io/docs/concepts/services-networking/ingress/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 80}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web}
            spec:
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service: {name: other, port: {number: 80}}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 80}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web}
            spec:
              ingressClassName: nginx
              rules:
                - host: shop.example.com
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        ↓backend:
                          service: {name: web, port: {name: http}}
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        (object.ingress?.backends ?? []).compactMap(\.serviceName).reduce(.nothing) {
            $0.union(.objects(ofKinds: ["Service"], mentioning: $1))
        }
    }) { object, findings in
        guard let ingress = object.ingress else { return }
        for backend in ingress.backends {
            guard let name = backend.serviceName,
                  let service = findings.context.services(named: name, near: object).first(where: { backend.reaches($0) }) else { continue }
            findings.add("\(object.identity) routes requests from outside the cluster to \(service.object.identity) port \(backend.port ?? "?"); expected only Services meant to be public, behind authentication.",
                         at: backend.key, scope: backend.node, object: object)
        }
    }
}
