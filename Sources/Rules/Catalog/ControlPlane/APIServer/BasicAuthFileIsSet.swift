extension Rule {
    static let basicAuthFileIsSet = Rule(RuleDescription(
        id: "5da47109-f8d6-4585-9e2b-96a8958a12f5",
        slug: "basic_auth_file_is_set",
        name: "Basic auth file is set",
        severity: .high,
        category: "Access Control",
        summary: "kube-apiserver accepts static passwords from a basic authentication file.",
        help: """
            `--basic-auth-file` names a CSV file of user names and passwords kept in clear text on \
            the control-plane node. The passwords never expire, cannot be revoked without editing \
            the file and restarting the server, and travel with every request. Kubernetes removed \
            the flag in 1.19; a manifest that still sets it either targets a very old cluster or \
            will not start.

            **Fix:** remove `--basic-auth-file` and authenticate people with client certificates \
            or an OpenID Connect provider (`--oidc-issuer-url`, `--oidc-client-id`).
            """,
        references: [
            "https://kubernetes.io/docs/reference/access-authn-authz/authentication/",
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
                    - --client-ca-file=/etc/kubernetes/pki/ca.crt
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
                    - ↓--basic-auth-file=/etc/kubernetes/passwords.csv
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--basic-auth-file", "/srv/kubernetes/basic_auth.csv"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where apiserver.isSet("--basic-auth-file") {
            guard let flag = apiserver.flag("--basic-auth-file") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "no --basic-auth-file")
        }
    }
}
