extension Rule {
    static let serviceAccountNameUndefinedOrEmpty = Rule(RuleDescription(
        id: "591ade62-d6b0-4580-b1ae-209f80ba1cd9",
        slug: "service_account_name_undefined_or_empty",
        name: "Service account name undefined or empty",
        severity: .medium,
        category: "Insecure Defaults",
        summary: "A pod that holds a service account token names no service account, so it runs as its namespace's default account.",
        help: """
            A pod that names no service account runs as `default`, which every other such pod \
            of the namespace shares. Whatever permissions anyone grants to `default` for one \
            workload reach all of them, and a token stolen from one pod is as good as a token \
            from any other; audit logs cannot tell them apart either.

            The deprecated `serviceAccount` field is read too, as the API server does. A pod \
            that sets `automountServiceAccountToken: false` and projects no \
            `serviceAccountToken` volume holds no credentials for its account, so it is not \
            reported.

            **Fix:** create a service account for each workload, grant it only what the \
            workload needs, and name it in `serviceAccountName`; or, for a workload that never \
            talks to the API server, set `automountServiceAccountToken: false`.
            """,
        references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  serviceAccountName: web
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              automountServiceAccountToken: false
              containers:
                - name: web
                  image: nginx:1.27
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            ↓spec:
              containers:
                - name: web
                  image: nginx:1.27
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  serviceAccountName: ↓""
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs where podSpec.serviceAccountName == nil && podSpec.holdsServiceAccountToken {
            if let empty = podSpec.serviceAccountNameEntry {
                findings.add("\(object.identity) sets an empty serviceAccountName, so it runs as its namespace's default service account; expected a dedicated service account.",
                             at: empty.value, scope: podSpec.node, object: object)
            } else {
                findings.add("\(object.identity) names no service account, so it runs as its namespace's default service account; expected serviceAccountName.",
                             at: podSpec.key, scope: podSpec.node, object: object)
            }
        }
    }
}
