import Foundation
import Rules
import Testing
@testable import CIReporter

/// In `diff`, a cross-resource rule judges the changed files beside every other manifest of
/// their side of the change, and findings still come from the changed files alone.
@Suite struct DiffContextTests {
    static let description = RuleDescription(
        id: "00000000-0000-4000-8000-000000000001", slug: "test_deployment_without_config_map",
        name: "Deployment without its ConfigMap", severity: .medium, category: "Test",
        summary: "A Deployment has no ConfigMap of its name.", help: "Add one.",
        nonTriggeringExamples: [], triggeringExamples: [])

    /// A Deployment must have a ConfigMap of the same name in the same namespace. With
    /// `across: false` it is the same logic blind to other objects, as any rule is.
    static func deploymentNeedsConfigMap(across: Bool = true) -> Rule {
        Rule(description, looksAcrossObjects: across) { object, findings in
            guard object.kind == "Deployment", let name = object.name else { return }
            let found = findings.context.objects(ofKind: "ConfigMap").contains {
                $0.name == name && $0.namespace == object.namespace
            }
            if !found {
                findings.add("Deployment '\(name)' has no ConfigMap '\(name)'.", at: object.node, scope: object.node, object: object)
            }
        }
    }

    static func deployment(_ name: String, replicas: Int = 1) -> String {
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: \(name)}\nspec:\n  replicas: \(replicas)\n"
    }

    static func configMap(_ name: String) -> String {
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \(name)}\ndata: {mode: fast}\n"
    }

    static func run(_ repo: GitFixture, _ target: ChangeTarget = .range(base: "main", head: "feature", fromMergeBase: true),
                    rule: Rule = deploymentNeedsConfigMap(), filter: ChangeFilter = .touched,
                    jobs: Int = 1) throws -> ChangeScanner.Outcome {
        var scanner = CIReporter.Scanner(rules: [rule])
        scanner.jobs = jobs
        var options = ChangeScanner.Options()
        options.filter = filter
        return try ChangeScanner(scanner: scanner, options: options).run(target, in: Repository(discoveringFrom: repo.url.path))
    }

    /// main: a Deployment and its ConfigMap in two files, plus files that are no context.
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write("app.yaml", deployment("web"))
        try repo.write("config.yaml", configMap("web"))
        // Outside the include globs: not a manifest, so no context either.
        try repo.write("notes.txt", configMap("api"))
        // Broken, and unchanged: none of the change's business.
        try repo.write("broken.yaml", "kind: [\n")
        try repo.commit("base")
        try repo.git("checkout", "-q", "-b", "feature")
        return repo
    }

    @Test func aChangedDeploymentSeesItsUnchangedConfigMap() throws {
        let repo = try Self.repository()
        try repo.write("app.yaml", Self.deployment("web", replicas: 2) + "---\n" + Self.deployment("api"))
        try repo.commit("scale web, add api")

        for jobs in [1, 4] {
            let outcome = try Self.run(repo, jobs: jobs)
            #expect(outcome.result.judgedFiles == ["app.yaml"])
            // api's ConfigMap is only in notes.txt, which is not a manifest.
            #expect(outcome.result.findings.map(\.message) == ["Deployment 'api' has no ConfigMap 'api'."])
            #expect(outcome.result.findings.map(\.baselineState) == [.new])
            #expect(outcome.plan.context.map(\.path) == ["broken.yaml", "config.yaml"])
            #expect(outcome.plan.baseContext.map(\.path) == ["broken.yaml", "config.yaml"])
            // The unchanged broken file is read as context, and says nothing.
            #expect(outcome.result.diagnostics.isEmpty)
            #expect(!outcome.result.objects.contains { $0.path != "app.yaml" })
        }
    }

    @Test func theContextOfARangeComesFromItsCommitsTheIndexAndWorkingTreeFromThemselves() throws {
        let repo = try Self.repository()
        try repo.write("app.yaml", Self.deployment("web", replicas: 2))
        try repo.commit("scale web")
        // The working tree loses the ConfigMap: a range does not see it.
        try FileManager.default.removeItem(at: repo.url.appendingPathComponent("config.yaml"))
        try repo.write("app.yaml", Self.deployment("web", replicas: 3))
        #expect(try Self.run(repo).result.findings.isEmpty)

        // --worktree does: web changed, its ConfigMap is gone.
        let worktree = try Self.run(repo, .workingTree)
        #expect(worktree.result.findings.map(\.message) == ["Deployment 'web' has no ConfigMap 'web'."])
        #expect(worktree.result.findings.map(\.baselineState) == [.new])
        #expect(!worktree.plan.context.contains { $0.path == "config.yaml" })

        // --staged sees the index, which still holds the ConfigMap.
        try repo.git("add", "app.yaml")
        let staged = try Self.run(repo, .staged)
        #expect(staged.result.judgedFiles == ["app.yaml"])
        #expect(staged.result.findings.isEmpty)
        #expect(staged.plan.context.contains { $0.path == "config.yaml" })

        // A staged rename: the ConfigMap is judged under its new name, and its old name, still
        // in HEAD's tree, is no context.
        try repo.git("checkout", "--", "config.yaml")
        try repo.git("mv", "config.yaml", "settings.yaml")
        let renamed = try Self.run(repo, .staged)
        #expect(renamed.result.judgedFiles == ["app.yaml", "settings.yaml"])
        #expect(renamed.result.findings.isEmpty)
        #expect(!renamed.plan.context.contains { $0.path == "config.yaml" })
        #expect(renamed.plan.baseContext.map(\.path) == ["broken.yaml"])
        // Nor is it an untouched file of the index under --filter all.
        let all = try Self.run(repo, .staged, filter: .all)
        #expect(all.result.judgedFiles == ["app.yaml", "broken.yaml", "settings.yaml"])
        #expect(all.result.findings.isEmpty)
    }

    /// Deleting the ConfigMap breaks the unchanged Deployment, but findings come from changed
    /// files: the default filter reports nothing. `--filter all`, which judges every file,
    /// reports it, and as `new`: the unchanged file is judged on both sides, each beside its tree.
    @Test func deletingTheNeighbourOfAnUnchangedDeploymentIsNotReportedOnTheDeployment() throws {
        let repo = try Self.repository()
        try repo.git("rm", "-q", "config.yaml")
        try repo.commit("drop the ConfigMap")

        let touched = try Self.run(repo)
        #expect(touched.result.judgedFiles.isEmpty)
        #expect(touched.result.findings.isEmpty)
        #expect(touched.plan.changedCount == 1)

        let all = try Self.run(repo, filter: .all)
        #expect(all.result.findings.map(\.path) == ["app.yaml"])
        #expect(all.result.findings.map(\.baselineState) == [.new])

        // Putting it back fixes the Deployment, though its file is untouched.
        try repo.write("config.yaml", Self.configMap("web"))
        try repo.commit("the ConfigMap is back")
        let back = try Self.run(repo, .range(base: "HEAD~1", head: "HEAD", fromMergeBase: false), filter: .all)
        #expect(back.result.findings.isEmpty)
        #expect(back.result.absentFindings.map(\.path) == ["app.yaml"])
    }

    @Test func withoutACrossResourceRuleOnlyTheChangedFilesAreRead() throws {
        let repo = try Self.repository()
        try repo.write("app.yaml", Self.deployment("web", replicas: 2))
        try repo.commit("scale web")

        let alone = try Self.run(repo, rule: Self.deploymentNeedsConfigMap(across: false))
        #expect(alone.plan.context.isEmpty && alone.plan.baseContext.isEmpty)
        // app.yaml's new and old versions, nothing else.
        #expect(alone.plan.blobsRead == 2)
        // The rule is blind to config.yaml, as it was before the change too.
        #expect(alone.result.findings.map(\.baselineState) == [.unchanged])

        let across = try Self.run(repo)
        // And the two unchanged manifests, read once for both sides.
        #expect(across.plan.blobsRead == 4)
        #expect(across.result.findings.isEmpty)
    }

    /// A tree large enough that its context is read on several threads, each with a repository
    /// handle of its own: the plan and the findings are what one thread gives.
    @Test func aLargeTreesContextIsReadOnSeveralThreadsAsOnOne() throws {
        let repo = try GitFixture()
        // Deployments sort before their ConfigMaps, so a Deployment near the end of the first
        // half needs a ConfigMap from the second: the other thread's share of the blobs.
        for index in 0 ..< 700 {
            let name = String(format: "web-%04d", index)
            try repo.write("a/\(name).yaml", Self.deployment(name))
            try repo.write("z/\(name).yaml", Self.configMap(name))
        }
        try repo.commit("base")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("a/web-0690.yaml", Self.deployment("web-0690", replicas: 3) + "---\n" + Self.deployment("api"))
        try repo.git("rm", "-q", "z/web-0001.yaml")
        try repo.write("a/web-0001.yaml", Self.deployment("web-0001", replicas: 2))
        try repo.commit("scale two, add api, delete a ConfigMap")

        let one = try Self.run(repo, jobs: 1), four = try Self.run(repo, jobs: 4)
        // Every blob of the base tree, and the two new versions.
        #expect(one.plan.blobsRead == 1_400 + 2)
        #expect(four.plan.blobsRead == one.plan.blobsRead)
        #expect(four.plan.context.map(\.path) == one.plan.context.map(\.path))
        #expect(four.plan.context.map(\.bytes) == one.plan.context.map(\.bytes))
        #expect(four.plan.baseContext.map(\.path) == one.plan.baseContext.map(\.path))
        #expect(one.plan.context.count == 1_400 - 3)
        for outcome in [one, four] {
            #expect(outcome.result.findings.map(\.message) == [
                "Deployment 'web-0001' has no ConfigMap 'web-0001'.", "Deployment 'api' has no ConfigMap 'api'.",
            ])
            #expect(outcome.result.findings.map(\.baselineState) == [.new, .new])
        }
    }

    @Test func theBaselineJudgesTheBaseVersionsBesideTheBaseTree() throws {
        let repo = try GitFixture()
        // `web` never had a ConfigMap; `db` had one, which the change deletes.
        try repo.write("app.yaml", Self.deployment("web") + "---\n" + Self.deployment("db"))
        try repo.write("db-config.yaml", Self.configMap("db"))
        try repo.write("other.yaml", Self.configMap("cache"))
        try repo.commit("base")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("app.yaml", Self.deployment("web", replicas: 2) + "---\n" + Self.deployment("db", replicas: 2))
        try repo.git("rm", "-q", "db-config.yaml")
        try repo.commit("scale both, drop db's ConfigMap")

        let outcome = try Self.run(repo)
        let states = Dictionary(uniqueKeysWithValues: outcome.result.findings.map { ($0.message, $0.baselineState) })
        #expect(states == ["Deployment 'web' has no ConfigMap 'web'.": .unchanged,
                           "Deployment 'db' has no ConfigMap 'db'.": .new])
        #expect(outcome.plan.baseContext.map(\.path) == ["db-config.yaml", "other.yaml"])
        #expect(outcome.plan.context.map(\.path) == ["other.yaml"])
        #expect(outcome.summary.contains("findings: 1 new, 1 unchanged, 0 fixed."))
    }

    /// The same through the command line, with a rule of the catalog: a PodDisruptionBudget in an
    /// unchanged file covers the changed Deployment until the change deletes it.
    @Test func theCatalogsDisruptionBudgetRuleSeesTheUnchangedBudget() throws {
        let repo = try GitFixture()
        let rule = ["--rule", "deployment_without_pod_disruption_budget"]
        try repo.write("pdb.yaml", "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web}\n")
        let web = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - {name: web, image: nginx}\n"
        try repo.write("web.yaml", web)
        try repo.commit("base")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("web.yaml", web.replacingOccurrences(of: "replicas: 3", with: "replicas: 4"))
        try repo.commit("scale up")

        let covered = try repo.ciReporter(["diff", "--base", "main"] + rule, allRules: true)
        #expect(covered.status == 0)
        #expect(covered.findingLines.isEmpty)

        try repo.git("rm", "-q", "pdb.yaml")
        try repo.commit("drop the budget")
        let uncovered = try repo.ciReporter(["diff", "--base", "main"] + rule, allRules: true)
        #expect(uncovered.status == 1)
        #expect(uncovered.findingLines == ["web.yaml:7:5: low: deployment_without_pod_disruption_budget: Deployment 'web' runs 4 replicas but no PodDisruptionBudget in namespace 'default' selects its pods, so a node drain may evict them all at once; expected a PodDisruptionBudget whose selector matches the pod template's labels. (new)"])
    }
}
