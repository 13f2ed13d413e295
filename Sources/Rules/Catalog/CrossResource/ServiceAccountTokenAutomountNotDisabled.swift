extension Rule {
    static let serviceAccountTokenAutomountNotDisabled = Rule(RuleDescription(
        id: "48471392-d4d0-47c0-b135-cdec95eb3eef",
        slug: "service_account_token_automount_not_disabled",
        name: "Service account token auto-mount not disabled",
        severity: .medium,
        category: "Insecure Defaults",
        summary: "A pod gets its service account's API token mounted because neither the pod nor its service account turns auto-mounting off.",
        help: """
            Unless told otherwise, the kubelet mounts a token for the pod's service account at \
            `/var/run/secrets/kubernetes.io/serviceaccount`. Most applications never call the \
            API server, yet anyone who gets code running in the container can read that token \
            and act with every permission the account has.

            The pod's own `automountServiceAccountToken` decides first; when the pod leaves it \
            out, the service account's does (the pod's named account, else its namespace's \
            `default`). A pod that sets `true` is reported at that value; a ServiceAccount of \
            the scan that sets `true` is reported when a pod of the scan relies on it; a pod \
            that leaves it out, with no ServiceAccount of the scan deciding for it, is reported \
            at its pod spec.

            **Fix:** set `automountServiceAccountToken: false` on the ServiceAccount, or on the \
            pods that do not talk to the API server; a pod that does can mount a projected \
            `serviceAccountToken` volume with a short expiry instead.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
        ],
        nonTriggeringExamples: [
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
            """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: web}
            automountServiceAccountToken: false
            ---
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
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              ↓automountServiceAccountToken: true
              containers:
                - name: web
                  image: nginx:1.27
            """,
            """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: web}
            ↓automountServiceAccountToken: true
            ---
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
        ]
    ), looksAcrossObjects: true, contextNeeds: { object in
        // An account by the pods running as it (any pod may run as `default`), a pod by its account.
        if object.isServiceAccount {
            guard let name = object.name else { return .nothing }
            return name == "default" ? .podRunners : .objects(mentioning: name)
        }
        return object.podSpecs.reduce(.nothing) {
            $0.union(.objects(ofKinds: ["ServiceAccount"], mentioning: $1.effectiveServiceAccountName))
        }
    }) { object, findings in
        let context = findings.context
        if object.isServiceAccount {
            // The account decides only for pods that leave the choice to it.
            guard let entry = object.node.entry("automountServiceAccountToken"), entry.value.bool == true else { return }
            let relying = context.podSpecs(runningAs: object).filter { $0.automountEntry == nil }
            guard let first = relying.first else { return }
            let more = relying.count > 1 ? " and \(relying.count - 1) more" : ""
            findings.add("\(object.identity) sets automountServiceAccountToken: true, so the pods of \(first.object.identity)\(more) get its token mounted; expected false.",
                         at: entry.key, scope: object.node, object: object)
            return
        }
        for podSpec in object.podSpecs {
            if let entry = podSpec.automountEntry {
                if entry.value.bool == true {
                    findings.add("\(object.identity) sets automountServiceAccountToken: true, so its pods get a service account token mounted; expected false.",
                                 at: entry.key, scope: podSpec.node, object: object)
                }
                continue
            }
            let account = podSpec.effectiveServiceAccountName
            let accounts = context.serviceAccounts(named: account, near: object)
            // A ServiceAccount of the scan that decides is judged (or found safe) on its own.
            guard !accounts.contains(where: { $0.node["automountServiceAccountToken"]?.bool != nil }) else { continue }
            findings.add("\(object.identity) leaves automountServiceAccountToken out and its service account '\(account)' does not turn it off, so its pods get a token mounted; expected automountServiceAccountToken: false.",
                         at: podSpec.key, scope: podSpec.node, object: object)
        }
    }
}
