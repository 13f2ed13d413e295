extension Rule {
    static let serviceAccountLookupSetToFalse = Rule(RuleDescription(
        id: "a5530bd7-225a-48f9-91bb-f40b04200165",
        slug: "service_account_lookup_set_to_false",
        name: "Service account lookup set to false",
        severity: .high,
        category: "Access Control",
        summary: "kube-apiserver accepts service account tokens without checking the account still exists.",
        help: """
            A service account token is signed, so its signature alone stays valid after the \
            account or its token Secret is deleted. With `--service-account-lookup=false` the API \
            server trusts the signature and skips checking etcd, so deleting a compromised service \
            account does not revoke the tokens an attacker already holds.

            **Fix:** remove `--service-account-lookup` (it defaults to `true`) or set \
            `--service-account-lookup=true`.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#service-account-tokens",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - --service-account-lookup=true
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - ↓--service-account-lookup=false
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--service-account-lookup=False"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where apiserver.boolValue(of: "--service-account-lookup") == false {
            guard let flag = apiserver.flag("--service-account-lookup") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "--service-account-lookup=true")
        }
    }
}
