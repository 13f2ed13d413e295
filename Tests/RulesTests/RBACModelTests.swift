import Testing
import Rules
import YAML

@Suite struct RBACModelTests {
    private func objects(_ text: String) -> [KubernetesObject] {
        KubernetesObject.objects(in: YAMLLoader().load(path: "rbac.yaml", text: text))
    }

    private func rules(_ rules: String, kind: String = "ClusterRole") throws -> [PolicyRule] {
        let text = "apiVersion: rbac.authorization.k8s.io/v1\nkind: \(kind)\nmetadata:\n  name: r\nrules:\n" + rules
        return try #require(objects(text).first).policyRules
    }

    private func rule(_ rule: String) throws -> PolicyRule {
        try #require(try rules(rule).first)
    }

    @Test func readsEachListWithItsNodes() throws {
        let rules = try rules("""
            - apiGroups: [""]
              resources: [pods, pods/exec]
              resourceNames: [web-0]
              verbs:
                - get
                - create
            - nonResourceURLs: [/healthz]
              verbs: [get]
            """)
        #expect(rules.count == 2)
        let first = rules[0]
        #expect(first.index == 0)
        #expect(first.apiGroups.values == [""])
        #expect(first.resources.values == ["pods", "pods/exec"])
        #expect(first.resourceNames.values == ["web-0"])
        #expect(first.verbs.values == ["get", "create"])
        #expect(first.verbs.key?.start.line == 9)
        #expect(first.verbsLocation.start.line == 9)
        #expect(first.verbs.item("create")?.start.line == 11)
        #expect(first.written == #"rules[0] (apiGroups [""], resources [pods, pods/exec], verbs [get, create], resourceNames [web-0])"#)
        #expect(rules[1].resources.isEmpty)
        #expect(!rules[1].grants("get", on: "pods"))
    }

    @Test func wildcardsStandForEveryGroupResourceAndVerb() throws {
        let everything = try rule("""
            - apiGroups: ["*"]
              resources: ["*"]
              verbs: ["*"]
            """)
        #expect(everything.grants("create", on: "pods"))
        #expect(everything.grants("create", on: "pods/exec"))
        #expect(everything.grants("bind", on: "clusterroles", inGroup: "rbac.authorization.k8s.io"))
        #expect(everything.grantedVerb("impersonate", on: "users")?.scalar == "*")
        #expect(everything.apiGroups.wildcard?.start.line == 6)
    }

    @Test func subresourcesMatchAsTheAuthorizerMatchesThem() throws {
        let podSubresources = try rule("""
            - apiGroups: [""]
              resources: ["pods/*"]
              verbs: [create]
            """)
        #expect(podSubresources.grants("create", on: "pods/exec"))
        #expect(podSubresources.resourceItem(covering: "pods/attach")?.scalar == "pods/*")
        #expect(!podSubresources.grants("create", on: "pods"))

        let everyExec = try rule("""
            - apiGroups: [""]
              resources: ["*/exec"]
              verbs: [create]
            """)
        #expect(everyExec.grants("create", on: "pods/exec"))
        #expect(!everyExec.grants("create", on: "pods/attach"))

        let pods = try rule("""
            - apiGroups: [""]
              resources: [pods]
              verbs: ["*"]
            """)
        #expect(pods.grants("create", on: "pods"))
        #expect(!pods.grants("create", on: "pods/exec"))
    }

    @Test func onlyAWholeStarIsAWildcardAndVerbsAreCaseSensitive() throws {
        let rule = try rule("""
            - apiGroups: [""]
              resources: ["p*ds", Pods]
              verbs: ["c*e", CREATE]
            """)
        #expect(!rule.grants("create", on: "pods"))
        #expect(rule.verbs.wildcard == nil)
    }

    @Test func groupsMustMatch() throws {
        let apps = try rule("""
            - apiGroups: [apps]
              resources: ["*"]
              verbs: ["*"]
            """)
        #expect(!apps.grants("create", on: "pods"))
        #expect(apps.grants("create", on: "deployments", inGroup: "apps"))

        let noGroups = try rule("""
            - resources: [pods]
              verbs: [create]
            """)
        #expect(!noGroups.grants("create", on: "pods"))
    }

    @Test func resourceNamesNeverAllowCreate() throws {
        let named = try rule("""
            - apiGroups: [""]
              resources: [pods, secrets]
              resourceNames: [web-0, db-password]
              verbs: [create, get]
            """)
        #expect(!named.grants("create", on: "pods"))
        #expect(named.grants("get", on: "secrets"))
        #expect(named.grantedVerbs(["get", "list", "watch"], on: "secrets") == ["get"])
    }

    @Test func onlyRBACRolesHaveRules() throws {
        let custom = objects("""
            apiVersion: iam.example.com/v1
            kind: Role
            metadata: {name: r}
            rules:
              - apiGroups: ["*"]
                resources: ["*"]
                verbs: ["*"]
            """)
        #expect(try #require(custom.first).policyRules.isEmpty)
        #expect(try rules("- apiGroups: [\"\"]\n  resources: [pods]\n  verbs: [get]\n", kind: "Role").count == 1)
    }

    @Test func anAggregatedClusterRoleHasNoRulesOfItsOwn() throws {
        let aggregated = objects("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: monitoring}
            aggregationRule:
              clusterRoleSelectors:
                - matchLabels: {rbac.example.com/aggregate-to-monitoring: "true"}
            rules: []
            """)
        #expect(try #require(aggregated.first).policyRules.isEmpty)
    }

    @Test func readsBindings() throws {
        let found = objects("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: b, namespace: web}
            subjects:
              - kind: ServiceAccount
                name: default
              - kind: ServiceAccount
                name: default
                namespace: other
              - kind: User
                name: default
                apiGroup: rbac.authorization.k8s.io
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: edit
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: c}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            """)
        let binding = try #require(found.first?.roleBinding)
        #expect(!binding.isClusterWide)
        #expect(binding.subjects.count == 3)
        let accounts = binding.serviceAccounts(named: "default")
        #expect(accounts.map { binding.namespace(of: $0) } == ["web", "other"])
        #expect(accounts.first?.nameNode?.start.line == 6)
        #expect(binding.roleRef?.isClusterRole("edit") == true)
        #expect(binding.roleRef?.nameNode?.start.line == 16)

        let clusterBinding = try #require(found.last?.roleBinding)
        #expect(clusterBinding.isClusterWide)
        #expect(clusterBinding.subjects.isEmpty)
        #expect(clusterBinding.roleRef?.isClusterRole("cluster-admin") == true)
        #expect(found.first?.policyRules.isEmpty == true)
    }
}
