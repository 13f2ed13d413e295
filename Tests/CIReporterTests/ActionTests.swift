import Foundation
import Testing
import YAML

/// `action.yml` run as a GitHub runner would run it on a pull request, against a real repository.
@Suite struct ActionTests {
    /// A copy of the action as `uses:` checks it out, with the build already restored from the
    /// cache (the debug binary `make test` built stands in for the release one).
    static func actionCheckout(in folder: TemporaryFolder) throws -> URL {
        let action = folder.url.appendingPathComponent("action")
        let manager = FileManager.default
        try manager.createDirectory(at: action, withIntermediateDirectories: true)
        for item in ["action.yml", "Package.swift", "Sources", "scripts"] {
            try manager.copyItem(at: PackagePaths.root.appendingPathComponent(item), to: action.appendingPathComponent(item))
        }
        let binary = action.appendingPathComponent(".build/release/ci-reporter")
        try manager.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try manager.copyItem(at: PackagePaths.root.appendingPathComponent(".build/debug/ci-reporter"), to: binary)
        return action
    }

    /// A repository whose feature branch deletes a flag line from a pod that already missed one,
    /// with the pull_request event a runner would write for it.
    static func pullRequest(headRepository: String = "acme/infra") throws -> (GitFixture, [String: String]) {
        let repo = try GitFixture()
        try repo.write("k8s/apiserver.yaml", apiserverPod(args: ["--kubelet-client-certificate=/c.crt", "--secure-port=6443"]))
        let base = try repo.commit("apiserver without the key")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("k8s/apiserver.yaml", apiserverPod(args: ["--secure-port=6443"]))
        let head = try repo.commit("drop the certificate flag")
        let event = """
            {"pull_request": {"number": 7, "base": {"sha": "\(base)", "repo": {"full_name": "acme/infra"}},
                              "head": {"sha": "\(head)", "repo": {"full_name": "\(headRepository)"}}}}
            """
        try repo.write(".runner/event.json", event)
        try repo.write(".runner/summary.md", "")
        var environment = GitFixture.cleanEnvironment
        environment.merge([
            "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "pull_request",
            "GITHUB_EVENT_PATH": repo.url.appendingPathComponent(".runner/event.json").path,
            "GITHUB_STEP_SUMMARY": repo.url.appendingPathComponent(".runner/summary.md").path,
            "GITHUB_WORKSPACE": repo.url.path, "GITHUB_REPOSITORY": "acme/infra", "GITHUB_SERVER_URL": "https://github.com",
            "RUNNER_OS": "Linux", "RUNNER_TEMP": repo.url.appendingPathComponent(".runner").path,
        ]) { $1 }
        return (repo, environment)
    }

    @Test(.enabled(if: PackagePaths.sharedAvailable, PackagePaths.sharedAbsent))
    func aPullRequestGetsReportsOutputsAndASummaryAndFailsOnANewFinding() throws {
        let folder = try TemporaryFolder()
        let action = try Self.actionCheckout(in: folder)
        let (repo, environment) = try Self.pullRequest()
        let runner = try ActionRunner(actionPath: action, workspace: repo.url, inputs: [:])
        runner.simulatedOutputs["actions/cache"] = ["cache-hit": "true"]
        let outputs = try runner.run(environment: environment)

        let byName = Dictionary(runner.results.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["Install libgit2 and libyaml"]?.status == 0, "\(byName["Install libgit2 and libyaml"]?.stderr ?? "")")
        #expect(byName["Build ci-reporter"]?.status == nil, "a warm cache skips the build")
        #expect(byName["Run ci-reporter"]?.status == 0, "\(byName["Run ci-reporter"]?.stderr ?? "")")
        #expect(byName["Run ci-reporter"]?.stderr.contains("GitHub pull request") == true)

        let sarif = repo.url.appendingPathComponent(try #require(outputs["sarif-file"]))
        #expect(outputs["sarif-file"] == "ci-reporter-results/ci-reporter.sarif")
        let validation = try validateReport("sarif", sarif)
        #expect(validation.status == 0 && !validation.stdout.contains("WARN"), "\(validation.stdout)")
        #expect(try validateReport("junit", repo.url.appendingPathComponent(try #require(outputs["junit-file"]))).status == 0)

        // The counts are the SARIF's own.
        let run = try #require(((try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(outputs["findings"] == String(results.count))
        let new = results.filter { $0["baselineState"] as? String == "new" }.count
        #expect(outputs["new-findings"] == String(new))
        #expect(new >= 1 && new < results.count, "the deleted flag is new, the missing key was there before")
        #expect(outputs["exit-code"] == "1")

        let summary = try String(contentsOf: URL(fileURLWithPath: environment["GITHUB_STEP_SUMMARY"]!), encoding: .utf8)
        #expect(summary.hasPrefix("<!-- ci-reporter -->\n## :x: ci-reporter: "))
        #expect(summary.contains("https://github.com/acme/infra/blob/"))

        let upload = try #require(byName["Upload to code scanning"])
        #expect(upload.status == 0)
        #expect(upload.with == ["sarif_file": "ci-reporter-results/ci-reporter.sarif", "category": "ci-reporter/"])
        #expect(byName["Exit with ci-reporter's status"]?.status == 1, "the job fails because of the new finding")
    }

    @Test func failOnDecidesTheExitAndAForkSkipsTheUploadWithANotice() throws {
        let folder = try TemporaryFolder()
        let action = try Self.actionCheckout(in: folder)
        let (repo, environment) = try Self.pullRequest(headRepository: "someone/infra-fork")
        let runner = try ActionRunner(actionPath: action, workspace: repo.url, inputs: ["fail-on": "none", "job-summary": "false"])
        runner.simulatedOutputs["actions/cache"] = ["cache-hit": "true"]
        let outputs = try runner.run(environment: environment)
        let byName = Dictionary(runner.results.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(outputs["exit-code"] == "0")
        #expect(byName["Exit with ci-reporter's status"]?.status == 0)
        #expect(byName["Upload to code scanning"]?.status == nil, "a fork's read-only token cannot upload")
        #expect(byName["Run ci-reporter"]?.stdout.contains("::notice title=ci-reporter::This pull request comes from the fork someone/infra-fork") == true)
        let summary = try String(contentsOf: URL(fileURLWithPath: environment["GITHUB_STEP_SUMMARY"]!), encoding: .utf8)
        #expect(summary.isEmpty, "job-summary: false leaves the summary alone")
    }

    @Test func inputsReachScriptsOnlyThroughTheEnvironment() throws {
        let text = try String(contentsOf: PackagePaths.root.appendingPathComponent("action.yml"), encoding: .utf8)
        let root = try #require(YAMLLoader().load(path: "action.yml", text: text).documents.first)
        let steps = root["runs"]?["steps"]?.items ?? []
        #expect(root["runs"]?["using"]?.scalar == "composite")
        #expect(!steps.isEmpty)
        for step in steps {
            if let run = step["run"]?.scalar { #expect(!run.contains("${{"), "step '\(step["name"]?.scalar ?? "")' puts an expression inside run:") }
            #expect(step["run"] != nil || step["uses"] != nil)
            if step["run"] != nil { #expect(step["shell"]?.scalar == "bash") }
        }
        let uses = steps.compactMap { $0["uses"]?.scalar }
        #expect(uses.contains("github/codeql-action/upload-sarif@v4"))
        #expect(uses.contains { $0.hasPrefix("actions/cache@") })
    }

    /// Every recipe in samples/ci loads with our loader, and names only inputs action.yml declares.
    @Test func recipesNameOnlyDeclaredInputs() throws {
        let action = try #require(YAMLLoader().load(path: "action.yml", text: try String(contentsOf: PackagePaths.root.appendingPathComponent("action.yml"), encoding: .utf8)).documents.first)
        let declared = Set((action["inputs"]?.pairs ?? []).compactMap { $0.key.scalar })
        let folder = PackagePaths.root.appendingPathComponent("samples/ci")
        let recipes = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        #expect(recipes.count >= 3)
        var actionUses = 0
        for name in recipes {
            let tree = YAMLLoader().load(path: name, bytes: try [UInt8](Data(contentsOf: folder.appendingPathComponent(name))))
            #expect(tree.diagnostics.isEmpty, "\(name): \(tree.diagnostics)")
            for job in tree.documents.first?["jobs"]?.pairs ?? [] {
                for step in job.value["steps"]?.items ?? [] where step["uses"]?.scalar?.hasPrefix("ci-reporter/ci-reporter") == true {
                    actionUses += 1
                    for (key, _) in step["with"]?.pairs ?? [] {
                        #expect(declared.contains(key.scalar ?? ""), "\(name) passes '\(key.scalar ?? "")', which action.yml does not declare")
                    }
                }
            }
        }
        #expect(actionUses >= 1)
    }
}
