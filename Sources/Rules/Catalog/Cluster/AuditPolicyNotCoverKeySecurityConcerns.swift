extension Rule {
    static let auditPolicyNotCoverKeySecurityConcerns = Rule(RuleDescription(
        id: "1828a670-5957-4bc5-9974-47da228f75e2",
        slug: "audit_policy_not_cover_key_security_concerns",
        name: "Audit policy does not cover key security concerns",
        severity: .low,
        category: "Observability",
        summary: "An audit policy leaves key requests out of the audit log, or logs the contents of secrets.",
        help: """
            The audit log is how an incident is reconstructed: who read which secret, who \
            opened a shell in which pod. It only holds what the policy asks for, and a policy \
            that logs request or response bodies for secrets copies their contents into a file \
            that is kept and shipped far more widely than the secrets themselves.

            The API server gives each request the level of the first rule that matches it. The \
            rule reads the policy that way and reports, at its `rules`, each resource that is \
            not covered as it should be:

            - `secrets`, `configmaps` and `tokenreviews` must be logged at `Metadata`, and no \
              earlier, narrower rule may log them at `Request` or `RequestResponse`;
            - `pods` and `deployments` (changes to workloads) and `pods/exec`, \
              `pods/portforward`, `pods/proxy` and `services/proxy` (ways into a running pod) \
              must be logged at `Metadata` or more.

            Narrower rules (for some users, verbs or namespaces) before the one that covers \
            every request may lower the level for those requests. Resources are matched as the \
            API server matches them (`*`, `*/exec`, `pods/*`, every resource of a group); a \
            resource listed under the core group `""` counts for its own group too.

            **Fix:** add rules near the top of the policy: `level: Metadata` for secrets, \
            ConfigMaps and token reviews; at least `Metadata` for pods, deployments and the \
            exec, port-forward and proxy subresources; and a catch-all rule at the end.
            """,
        references: [
            "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            omitStages: [RequestReceived]
            rules:
              - level: Metadata
                resources:
                  - group: ""
                    resources: [secrets, configmaps]
                  - group: authentication.k8s.io
                    resources: [tokenreviews]
              - level: RequestResponse
                resources:
                  - group: ""
                    resources: [pods/exec, pods/portforward, pods/proxy, services/proxy]
              - level: Metadata
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            ↓↓rules:
              - level: None
                resources:
                  - group: ""
                    resources: [pods/exec]
              - level: RequestResponse
                resources:
                  - group: ""
                    resources: [secrets]
              - level: Metadata
            """,
        ]
    )) { object, findings in
        guard let policy = object.auditPolicy else { return }
        let metadataOnly = [AuditedResource("secrets"), AuditedResource("configmaps"),
                            AuditedResource("tokenreviews", group: "authentication.k8s.io")]
        let audited = [AuditedResource("pods"), AuditedResource("deployments", group: "apps"),
                       AuditedResource("pods/exec"), AuditedResource("pods/portforward"),
                       AuditedResource("pods/proxy"), AuditedResource("services/proxy")]

        func describe(_ coverage: AuditCoverage) -> String {
            guard let rule = coverage.rule else { return "no rule matches every request for them" }
            return "rule \(rule.index + 1) logs them at \(rule.levelText.isEmpty ? "no level" : rule.levelText)"
        }
        for resource in metadataOnly {
            let coverage = policy.coverage(of: resource)
            if coverage.level == .metadata, let highest = coverage.highestLevel, highest <= .metadata { continue }
            let found: String
            if let loud = coverage.narrower.first(where: { ($0.level ?? .none) > .metadata }) {
                found = "rule \(loud.index + 1) logs some of them at \(loud.levelText)"
            } else {
                found = describe(coverage)
            }
            findings.add("\(object.identity) does not log \(resource) at Metadata only: \(found); expected level Metadata, which keeps their contents out of the audit log.",
                         at: policy.rulesLocation, scope: object.node, object: object)
        }
        for resource in audited {
            let coverage = policy.coverage(of: resource)
            if let level = coverage.level, level >= .metadata { continue }
            findings.add("\(object.identity) does not audit \(resource): \(describe(coverage)); expected level Metadata or more.",
                         at: policy.rulesLocation, scope: object.node, object: object)
        }
    }
}
