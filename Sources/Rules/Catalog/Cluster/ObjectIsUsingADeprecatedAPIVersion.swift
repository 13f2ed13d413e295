extension Rule {
    static let objectIsUsingADeprecatedAPIVersion = Rule(RuleDescription(
        id: "94b76ea5-e074-4ca2-8a03-c5a606e30645",
        slug: "object_is_using_a_deprecated_api_version",
        name: "Object is using a deprecated API version",
        severity: .low,
        category: "Best Practices",
        summary: "An object is written for an API version that Kubernetes no longer serves for its kind.",
        help: """
            Kubernetes retires beta API versions some releases after a stable one replaces \
            them. Once a version is removed, the API server refuses manifests written for it: \
            the deployment that worked yesterday fails on the upgraded cluster, and the older \
            versions often had other defaults (selectors, rollout strategies) than the stable \
            ones.

            The rule reports an `apiVersion` that Kubernetes has stopped serving for the \
            object's kind, from the project's deprecated API migration guide: \
            `extensions/v1beta1` and `apps/v1beta1`/`v1beta2` workloads (removed in 1.16), \
            Ingress, RBAC, CustomResourceDefinition, webhook and storage `v1beta1` versions \
            (1.22), `batch/v1beta1` CronJob, `policy/v1beta1` and `autoscaling/v2beta1` (1.25), \
            `autoscaling/v2beta2` (1.26) and the older flow control versions (1.26, 1.29, \
            1.32). A version is judged per kind, since some were later reused for new kinds.

            **Fix:** write the object for the version the message names and check the fields \
            that changed on the way (`kubectl convert` does most of it); PodSecurityPolicy has \
            no successor API, use Pod Security admission labels on namespaces.
            """,
        references: ["https://kubernetes.io/docs/reference/using-api/deprecation-guide/"],
        nonTriggeringExamples: [
            """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web}
            spec:
              defaultBackend:
                service: {name: web, port: {number: 80}}
            """,
            """
            apiVersion: networking.k8s.io/v1beta1
            kind: ServiceCIDR
            metadata: {name: extra}
            spec:
              cidrs: [10.96.100.0/24]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: ↓extensions/v1beta1
            kind: Ingress
            metadata: {name: web}
            spec:
              backend: {serviceName: web, servicePort: 80}
            """,
            """
            apiVersion: ↓policy/v1beta1
            kind: PodDisruptionBudget
            metadata: {name: web}
            spec:
              minAvailable: 1
              selector:
                matchLabels: {app: web}
            """,
        ]
    )) { object, findings in
        guard let removed = object.removedAPIVersion, let apiVersion = object.node["apiVersion"] else { return }
        findings.add("\(object.identity) uses \(removed.apiVersion), which Kubernetes no longer serves for \(removed.kind) since \(removed.removedIn); expected \(removed.replacement).",
                     at: apiVersion, scope: object.node, object: object)
    }
}
