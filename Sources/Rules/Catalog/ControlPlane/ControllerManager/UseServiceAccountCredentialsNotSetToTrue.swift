extension Rule {
    static let useServiceAccountCredentialsNotSetToTrue = Rule(RuleDescription(
        id: "1acd93f1-5a37-45c0-aaac-82ece818be7d",
        slug: "use_service_account_credentials_not_set_to_true",
        name: "Use service account credentials not set to true",
        severity: .medium,
        category: "Access Control",
        summary: "kube-controller-manager runs every controller with its own broad credentials.",
        help: """
            Unless `--use-service-account-credentials` is on, all controllers act with the \
            controller manager's own identity, which must then be allowed everything any controller \
            needs. With it, each controller uses its own service account in `kube-system` and gets \
            only the permissions of its `system:controller:*` role, so one misbehaving controller \
            cannot do what the others may.

            **Fix:** run kube-controller-manager with `--use-service-account-credentials=true`.
            """,
        references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#controller-roles"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command:
                    - kube-controller-manager
                    - --use-service-account-credentials=true
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager}
            spec:
              containers:
                - name: kube-controller-manager
                  command: ["kube-controller-manager"]
                  args: ["--use-service-account-credentials"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager, namespace: kube-system}
            spec:
              containers:
                - name: kube-controller-manager
                  command:
                    - kube-controller-manager
                    - ↓--use-service-account-credentials=false
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-controller-manager}
            spec:
              containers:
                - name: kube-controller-manager
                  ↓command: ["kube-controller-manager", "--kubeconfig=/etc/kubernetes/controller-manager.conf"]
            """,
        ]
    )) { object, findings in
        for controllerManager in object.invocations(of: "kube-controller-manager") {
            guard let flag = controllerManager.flag("--use-service-account-credentials") else {
                findings.missingFlag("--use-service-account-credentials", in: controllerManager, expected: "true")
                continue
            }
            if controllerManager.boolValue(of: "--use-service-account-credentials") != true {
                findings.wrongFlag(flag, in: controllerManager, expected: "--use-service-account-credentials=true")
            }
        }
    }
}
