import Foundation
import Testing
@testable import CIReporter
@testable import Rules

/// `diff` parses as context only the manifests that may hold what the changed objects need
/// (`ContextNeed`): what it reports must be what it reports with every manifest parsed.
@Suite struct DiffContextPrefilterTests {
    /// The catalog, each rule with the needs it declares, or blind to them: then every other
    /// manifest is context.
    static func catalog(prefiltering: Bool) -> [Rule] {
        prefiltering ? Catalog.rules : Catalog.rules.map {
            Rule($0.description, looksAcrossObjects: $0.looksAcrossObjects, logic: $0.logic)
        }
    }

    static func run(_ repo: GitFixture, _ target: ChangeTarget, prefiltering: Bool) throws -> ChangeScanner.Outcome {
        var options = ChangeScanner.Options()
        options.filter = .file
        let scanner = CIReporter.Scanner(rules: catalog(prefiltering: prefiltering))
        return try ChangeScanner(scanner: scanner, options: options).run(target, in: Repository(discoveringFrom: repo.url.path))
    }

    /// What a run reports, as comparable lines: findings with their baseline state, then fixed ones.
    static func report(_ outcome: ChangeScanner.Outcome) -> [String] {
        func line(_ finding: Finding) -> String {
            "\(finding.path):\(finding.location.start.line):\(finding.location.start.column) \(finding.rule.slug) "
                + "\(finding.baselineState.map { "\($0)" } ?? "-") \(finding.message)"
        }
        return outcome.result.findings.map(line) + ["fixed:"] + outcome.result.absentFindings.map(line) + [outcome.summary]
    }

    /// Objects that refer to each other every way the cross-resource rules look: by selector,
    /// service account, role, autoscaler target, governing Service, namespace policy, etcd's
    /// certificate authority and secret store, across files, namespaces and YAML forms.
    static let manifests: [String: String] = [
        "shop/web.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web, tier: front}
                spec:
                  serviceAccountName: shop-sa
                  containers:
                    - name: web
                      image: nginx:1.27
                      ports: [{containerPort: 8080, name: http}]
            """,
        "shop/api.json": """
            {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "api", "namespace": "shop"},
             "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "api"}},
                      "template": {"metadata": {"labels": {"app": "api"}},
                                   "spec": {"serviceAccountName": "shop-sa", "automountServiceAccountToken": true,
                                            "containers": [{"name": "api", "image": "api:1", "ports": [{"containerPort": 9000}]}]}}}}
            """,
        "shop/pdb.yaml": """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web, namespace: shop}
            spec:
              maxUnavailable: 1
              selector:
                matchLabels: {app: web}
            """,
        "shop/hpa.yaml": """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: api, namespace: shop}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
              minReplicas: 2
              maxReplicas: 5
            """,
        "shop/services.yaml": """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              ports: [{port: 80, targetPort: http}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: api, namespace: shop}
            spec:
              selector: {app: api}
              ports: [{port: 80, targetPort: 9001}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: gone, namespace: shop}
            spec:
              selector: {app: nothing-here}
              ports: [{port: 80}]
            """,
        "shop/ingress.yaml": """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: front, namespace: shop}
            spec:
              rules:
                - http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend:
                          service: {name: web, port: {number: 80}}
                      - path: /api
                        pathType: Prefix
                        backend:
                          service: {name: api, port: {name: http}}
            """,
        "shop/policies.yaml": """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web-in, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: web}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: stale, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: retired}}
              policyTypes: [Ingress, Egress]
            """,
        "shop/limits.yaml": """
            apiVersion: v1
            kind: LimitRange
            metadata: {name: limits, namespace: shop}
            spec:
              limits: [{type: Container, default: {cpu: 500m}}]
            """,
        "shop/accounts.yaml": """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: shop-sa, namespace: shop}
            automountServiceAccountToken: true
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, namespace: shop}
            rules:
              - apiGroups: [""]
                resources: [secrets, configmaps]
                verbs: [get, list]
            """,
        "shop/binding.yaml": """
            {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
             "metadata": {"name": "reader", "namespace": "shop"},
             "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "reader"},
             "subjects": [{"kind": "ServiceAccount", "name": "shop-sa"}]}
            """,
        "shop/db.yaml": """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: shop}
            spec:
              replicas: 3
              serviceName: db
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - {name: db, image: postgres:16}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: db, namespace: shop}
            spec:
              clusterIP: None
              selector: {app: db}
              ports: [{port: 5432}]
            """,
        "shop/secret.yaml": """
            apiVersion: v1
            kind: Secret
            metadata: {name: db-password, namespace: shop}
            stringData: {password: "hunter2"}
            """,
        // A custom resource running pods, told by its containers.
        "shop/runner.yaml": """
            apiVersion: example.com/v1
            kind: TaskRunner
            metadata: {name: runner, namespace: shop}
            spec:
              serviceAccountName: shop-sa
              containers:
                - {name: runner, image: runner:1}
            """,
        // Items of a List, and flow style throughout.
        "default/list.yaml": """
            apiVersion: v1
            kind: List
            items:
              - {apiVersion: v1, kind: Pod, metadata: {name: lone, labels: {app: lone}}, spec: {containers: [{name: c, image: busybox}]}}
              - {apiVersion: v1, kind: Service, metadata: {name: lone}, spec: {selector: {app: lone}, ports: [{port: 80, targetPort: 8080}]}}
            """,
        // What any pod that names no account runs as.
        "default/account.json": """
            {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "default"}, "automountServiceAccountToken": true}
            """,
        "default/shared.yaml": """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly}
            spec:
              schedule: "0 1 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      serviceAccountName: "builder"
                      restartPolicy: Never
                      containers: [{name: job, image: "busybox"}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: agent}
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  serviceAccountName: 'builder'
                  containers: [{name: agent, image: agent:1}]
            """,
        "default/quota.yaml": """
            apiVersion: v1
            kind: ResourceQuota
            metadata: {name: quota}
            spec:
              hard: {pods: "10"}
            """,
        // Runs as `default` without the word: it shares `default` with whoever names it.
        "default/unnamed.yaml": """
            apiVersion: v1
            kind: Pod
            metadata: {name: unnamed}
            spec:
              serviceAccountName: ""
              containers: [{name: c, image: busybox}]
            """,
        // Escapes: never sniffed, always read.
        "default/escaped.yaml": """
            apiVersion: v1
            kind: "ServiceAcc\\x6funt"
            metadata: {name: "build\\x65r"}
            automountServiceAccountToken: true
            """,
        "kube-system/etcd.yaml": """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd, namespace: kube-system}
            spec:
              containers:
                - name: etcd
                  image: registry.k8s.io/etcd:3.5.9-0
                  command:
                    - etcd
                    - --trusted-ca-file=/etc/kubernetes/pki/shared-ca.crt
                    - --client-cert-auth=true
            """,
        "kube-system/apiserver.yaml": """
            apiVersion: v1
            kind: Pod
            metadata: {name: control-plane, namespace: kube-system}
            spec:
              containers:
                - name: control
                  image: registry.example.com/control:v1.30.0
                  # The shell reads kube-api'server' as the name split by its quotes.
                  command: [sh, -c, "exec kube-api'server' --client-ca-file=/etc/kubernetes/pki/shared-ca.crt"]
            """,
        // The one pod runner of its namespace is a custom resource.
        "batch/worker.yaml": """
            apiVersion: example.com/v1
            kind: Worker
            metadata: {name: worker, namespace: batch}
            spec:
              containers: [{name: worker, image: worker:1}]
            """,
        "batch/policy.yaml": """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: isolate, namespace: batch}
            spec:
              podSelector: {matchLabels: {app: nothing}}
            """,
        "vault/store.yaml": """
            apiVersion: external-secrets.io/v1beta1
            kind: SecretStore
            metadata: {name: vault, namespace: vault}
            spec:
              provider:
                vault: {server: "https://vault.example.com"}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: vault-token, namespace: vault}
            stringData: {token: "s.123"}
            """,
    ]

    /// Every manifest above, the samples, and each cross-resource rule's examples, one
    /// document a file so that each is the others' context; the one secret store is the one
    /// above, so that Secrets are found or not as it changes.
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        for (path, text) in manifests { try repo.write(path, text + "\n") }
        let samples = PackagePaths.root.appendingPathComponent("samples")
        for folder in ["control-plane", "workloads"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: samples.appendingPathComponent(folder).path)
            for name in names {
                try repo.write("samples/\(folder)/\(name)", String(contentsOf: samples.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8))
            }
        }
        for rule in Catalog.rules where rule.looksAcrossObjects {
            let examples = rule.description.triggeringExamples.map { ("t", $0) } + rule.description.nonTriggeringExamples.map { ("n", $0) }
            for (index, (sort, example)) in examples.enumerated() {
                let documents = MarkedExample(example).text.components(separatedBy: "\n---\n")
                for (part, document) in documents.enumerated() where !document.contains("provider:") {
                    try repo.write("examples/\(rule.description.slug)/\(sort)\(index)-\(part).yaml", document)
                }
            }
        }
        try repo.commit("base")
        return repo
    }

    /// Changes to the objects that others refer to, or that refer to others.
    static let edits: [(path: String, from: String, to: String)] = [
        ("shop/web.yaml", "serviceAccountName: shop-sa", "serviceAccountName: builder"),
        ("shop/web.yaml", "replicas: 3", "replicas: 1"),
        ("shop/web.yaml", "app: web, tier: front", "app: webby"),
        ("shop/services.yaml", "selector: {app: web}", "selector: {app: lone}"),
        ("shop/policies.yaml", "app: retired", "app: db"),
        ("shop/accounts.yaml", "name: reader", "name: writer"),
        ("shop/accounts.yaml", "automountServiceAccountToken: true", "automountServiceAccountToken: false"),
        ("shop/db.yaml", "serviceName: db", "serviceName: api"),
        ("default/account.json", "\"name\": \"default\"", "\"name\": \"builder\""),
        ("default/shared.yaml", "serviceAccountName: \"builder\"", "serviceAccountName: default"),
        ("kube-system/etcd.yaml", "pki/shared-ca.crt", "pki/ca.crt"),
        ("shop/secret.yaml", "namespace: shop", "namespace: vault"),
        ("vault/store.yaml", "kind: SecretStore", "kind: SecretStash"),
        ("shop/ingress.yaml", "name: api, port: {name: http}", "name: db, port: {number: 5432}"),
    ]

    @Test func theContextThatIsLeftOutChangesNoFinding() throws {
        let repo = try Self.repository()
        let paths = try repo.git("ls-files").split(separator: "\n").map(String.init)
        var crossResourceRulesSeen = Set<String>()
        var leftOut = 0
        let crossResource = Set(Catalog.rules.filter(\.looksAcrossObjects).map(\.description.slug))

        func compare(_ target: ChangeTarget, _ change: String) throws {
            let prefiltered = try Self.run(repo, target, prefiltering: true)
            let whole = try Self.run(repo, target, prefiltering: false)
            #expect(Self.report(prefiltered) == Self.report(whole), "\(change)")
            #expect(Set(prefiltered.plan.context.map(\.path)).isSubset(of: whole.plan.context.map(\.path)))
            leftOut += prefiltered.plan.contextLeftOut
            crossResourceRulesSeen.formUnion((whole.result.findings + whole.result.absentFindings).map(\.rule.slug).filter(crossResource.contains))
        }

        // Every file changed alone, in the working tree: judged on both sides beside the rest.
        for path in paths {
            let original = try String(contentsOf: repo.url.appendingPathComponent(path), encoding: .utf8)
            try repo.write(path, original + "\n")
            try compare(.workingTree, "\(path) touched")
            try repo.git("checkout", "--", path)
        }
        // Changes that make or break references, as commits.
        for (index, edit) in Self.edits.enumerated() {
            try repo.git("checkout", "-q", "main")
            try repo.git("checkout", "-q", "-b", "edit-\(index)")
            let original = try String(contentsOf: repo.url.appendingPathComponent(edit.path), encoding: .utf8)
            #expect(original.contains(edit.from), "\(edit.path): \(edit.from)")
            try repo.write(edit.path, original.replacingOccurrences(of: edit.from, with: edit.to))
            try repo.commit("edit \(index)")
            try compare(.range(base: "main", head: "HEAD", fromMergeBase: true), "\(edit.path): \(edit.from) -> \(edit.to)")
        }
        // The comparison means something: every cross-resource rule found something, and
        // manifests were left out.
        #expect(crossResource.subtracting(crossResourceRulesSeen).sorted() == [])
        #expect(leftOut > 0)
    }

    /// A Deployment that changes needs its budget, not the hundred other manifests of the tree:
    /// only the budget is parsed, and it still covers the Deployment.
    @Test func aChangedDeploymentReadsItsBudgetAndLeavesTheRestOut() throws {
        let repo = try GitFixture()
        let web = Self.manifests["shop/web.yaml"]!
        try repo.write("shop/web.yaml", web)
        try repo.write("shop/pdb.yaml", Self.manifests["shop/pdb.yaml"]!)
        for index in 0..<100 {
            try repo.write("other/config-\(index).yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config-\(index), namespace: shop}\ndata: {mode: fast}\n")
        }
        try repo.commit("base")
        try repo.write("shop/web.yaml", web.replacingOccurrences(of: "replicas: 3", with: "replicas: 4"))

        let prefiltered = try Self.run(repo, .workingTree, prefiltering: true)
        #expect(prefiltered.plan.context.map(\.path) == ["shop/pdb.yaml"])
        #expect(prefiltered.plan.baseContext.map(\.path) == ["shop/pdb.yaml"])
        #expect(prefiltered.plan.contextLeftOut == 200)
        #expect(!prefiltered.result.findings.contains { $0.rule.slug == "deployment_without_pod_disruption_budget" })

        let whole = try Self.run(repo, .workingTree, prefiltering: false)
        #expect(whole.plan.context.count == 101 && whole.plan.contextLeftOut == 0)
        #expect(Self.report(prefiltered) == Self.report(whole))

        // A ConfigMap is judged by no other object: the rest of the tree is not even read.
        try repo.git("checkout", "--", "shop/web.yaml")
        try repo.write("other/config-7.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config-7, namespace: shop}\ndata: {mode: slow}\n")
        let alone = try Self.run(repo, .workingTree, prefiltering: true)
        #expect(alone.plan.context.isEmpty && alone.plan.baseContext.isEmpty)
        #expect(alone.plan.blobsRead == 1)
        #expect(alone.plan.contextLeftOut == 202)
    }
}
