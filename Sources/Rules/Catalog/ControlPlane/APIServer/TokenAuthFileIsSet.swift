extension Rule {
    static let tokenAuthFileIsSet = Rule(RuleDescription(
        id: "32ecd76e-7bbf-402e-bf48-8b9485749558",
        slug: "token_auth_file_is_set",
        name: "Token auth file is set",
        severity: .high,
        category: "Access Control",
        summary: "kube-apiserver accepts static bearer tokens from a token file.",
        help: """
            `--token-auth-file` names a CSV file of bearer tokens kept in clear text on the \
            control-plane node. Those tokens never expire, and revoking one means editing the file \
            and restarting the API server, so a leaked token stays valid for as long as nobody \
            notices.

            **Fix:** remove `--token-auth-file`; give workloads service account tokens (short-lived \
            and bound to their pod), people client certificates or OpenID Connect, and nodes \
            bootstrap tokens with TLS bootstrapping.
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file",
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
                    - --enable-bootstrap-token-auth=true
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
                    - ↓--token-auth-file=/etc/kubernetes/tokens.csv
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--token-auth-file=/srv/kubernetes/known_tokens.csv"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where apiserver.isSet("--token-auth-file") {
            guard let flag = apiserver.flag("--token-auth-file") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "no --token-auth-file")
        }
    }
}
