extension Rule {
    static let permissiveAccessToCreatePods = Rule(RuleDescription(
        id: "592ad21d-ad9b-46c6-8d2d-fad09d62a942",
        slug: "permissive_access_to_create_pods",
        name: "Permissive access to create Pods",
        severity: .medium,
        category: "Access Control",
        summary: "A Role or ClusterRole allows creating pods.",
        help: """
            Whoever may create a pod chooses what it runs and with what: any service account \
            of the namespace and its token, any Secret or ConfigMap of the namespace as a \
            volume, and, unless admission control forbids it, privileged containers and \
            host mounts that reach the node. Creating pods is one of the shortest paths \
            from a namespaced permission to much more.

            A rule allows it when its `verbs` hold `create` or `*`, its `resources` hold \
            `pods` or `*`, and its `apiGroups` hold `""` or `*`. A rule that lists \
            `resourceNames` never allows `create`.

            **Fix:** let controllers (Deployments, Jobs) create pods, and give people and \
            workloads access to those higher-level objects only where they need it; drop \
            `create` (and `*`) from rules that cover `pods`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: pod-reader, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [pods]
                verbs: [get, list, watch]
              - apiGroups: [apps]
                resources: ["*"]
                verbs: [create]
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: shouting}
            rules:
              - apiGroups: [""]
                resources: [pods]
                verbs: [CREATE]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: pod-launcher, namespace: web}
            rules:
              - apiGroups: [""]
                resources: [pods]
                ↓verbs:
                  - get
                  - create
            """,
            """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: everything}
            rules:
              - apiGroups: ["*"]
                resources: ["*"]
                ↓verbs: ["*"]
            """,
        ]
    )) { object, findings in
        for rule in object.policyRules {
            guard let verb = rule.grantedVerb("create", on: "pods")?.scalar else { continue }
            let how = verb == "*" ? "every verb, create included," : "create"
            findings.add("\(object.identity) allows \(how) on pods in \(rule.written); expected no rule that lets its subjects create pods.",
                         at: rule.verbsLocation, scope: rule.node, object: object)
        }
    }
}
