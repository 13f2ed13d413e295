extension Rule {
    static let sharedServiceAccount = Rule(RuleDescription(
        id: "c1032cf7-3628-44e2-bd53-38c17cf31b6b",
        slug: "shared_service_account",
        name: "Shared service account",
        severity: .medium,
        category: "Secret Management",
        summary: "A workload runs as a service account that another workload of the scan runs as too.",
        help: """
            A service account is an identity: RBAC grants, audit logs and cloud workload \
            identities all attach to it. When two workloads share one, each gets the \
            permissions the other needs, a token stolen from either is as good as a token from \
            both, and the audit log cannot tell which one acted.

            Each workload that names a service account in `serviceAccountName` is compared \
            with the other objects of the scan that may be in its namespace; both are \
            reported. Pods that name no account (and so share `default`) are the concern of \
            `service_account_name_undefined_or_empty`.

            **Fix:** give each workload a ServiceAccount of its own, bound only to the roles \
            that workload needs.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/service-accounts/"],
        nonTriggeringExamples: [
            // One Deployment written twice, as a base and an overlay are: it shares with no one.
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              template:
                spec:
                  serviceAccountName: web
                  containers: [{name: web, image: nginx:1.27}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 3
              template:
                spec:
                  serviceAccountName: web
                  containers: [{name: web, image: nginx:1.27}]
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              serviceAccountName: web
              containers:
                - name: web
                  image: nginx:1.27
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: worker}
            spec:
              serviceAccountName: worker
              containers:
                - name: worker
                  image: busybox:1.36
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop}
            spec:
              serviceAccountName: app
              containers:
                - name: web
                  image: nginx:1.27
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: blog}
            spec:
              serviceAccountName: app
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
            spec:
              serviceAccountName: ↓app
              containers:
                - name: web
                  image: nginx:1.27
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: worker}
            spec:
              template:
                spec:
                  serviceAccountName: ↓app
                  containers:
                    - name: worker
                      image: busybox:1.36
            """,
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        // A pod naming `default` shares it with one whose `serviceAccountName` is empty.
        object.podSpecs.reduce(.nothing) { need, podSpec in
            guard let account = podSpec.serviceAccountNameEntry?.value.scalar, !account.isEmpty else { return need }
            return need.union(account == "default" ? .podRunners : .objects(mentioning: account))
        }
    }) { object, findings in
        for podSpec in object.podSpecs {
            guard let entry = podSpec.serviceAccountNameEntry, let account = entry.value.scalar, !account.isEmpty else { continue }
            // Counted by object: the same object written again elsewhere (a kustomize base and
            // its overlay) is no other workload sharing the account.
            guard let (first, count) = findings.context.otherObjects(namingAccount: account, near: object) else { continue }
            let more = count > 1 ? " and \(count - 1) more" : ""
            findings.add("\(object.identity) runs as service account '\(account)', which \(first)\(more) runs as too; expected a service account of its own.",
                         at: entry.value, scope: podSpec.node, object: object)
        }
    }
}
