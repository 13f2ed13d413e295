extension Rule {
    static let usingUnrecommendedNamespace = Rule(RuleDescription(
        id: "611ab018-c4aa-4ba2-b0f6-a448337509a6",
        slug: "using_unrecommended_namespace",
        name: "Using unrecommended namespace",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "An object is placed in the default, kube-system or kube-public namespace, or in no namespace.",
        help: """
            Namespaces are where the cluster draws its lines: role bindings, network policies, \
            quotas and Pod Security admission levels apply per namespace. `default` usually has \
            none of them and mixes whatever lands there; `kube-system` holds the control plane \
            and its highly privileged service accounts, so anything placed there sits next to \
            them; `kube-public` is readable by everyone, including unauthenticated users.

            The rule reads the objects that make up an application: Pods and workloads, \
            Services and Ingresses, ConfigMaps, Secrets, service accounts, Roles and \
            RoleBindings, and Knative services. It reports one whose `metadata.namespace` is \
            `default`, `kube-system` or `kube-public`, pointing at the namespace, and one that \
            sets no namespace, which ends up in `default` unless whoever applies it says \
            otherwise, pointing at its name. Objects that guard a namespace (`NetworkPolicy`, \
            `ResourceQuota`, `LimitRange`) and cluster-wide kinds are not reported.

            **Fix:** give each application its own namespace, with its own service accounts, \
            network policies and quotas, and write it in the manifest. Cluster add-ons that \
            must run in `kube-system` can be excluded by path in `.ci-reporter.yml`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#initial-namespaces",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: frontend, namespace: shop}
            spec:
              containers:
                - name: app
                  image: example/app:1.0
            """,
            """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny, namespace: default}
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: frontend
              namespace: ↓default
            spec:
              containers:
                - name: app
                  image: example/app:1.0
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ↓frontend
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0
            """,
        ]
    )) { object, findings in
        guard object.isApplicationObject else { return }
        if let namespace = object.metadata?["namespace"], let value = namespace.scalar, !value.isEmpty, !namespace.isNull {
            guard ["default", "kube-system", "kube-public"].contains(value) else { return }
            findings.add("\(object.identity) is placed in the '\(value)' namespace; expected a namespace of the application's own.",
                         at: namespace, scope: object.node, object: object)
        } else {
            findings.add("\(object.identity) sets no namespace, so it lands in 'default' unless one is given when it is applied; expected metadata.namespace naming the application's own namespace.",
                         at: object.nameLocation, scope: object.node, object: object)
        }
    }
}
