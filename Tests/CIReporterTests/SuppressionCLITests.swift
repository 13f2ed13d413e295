import Foundation
import Testing

/// The configuration file and suppression comments through the real executable: what is
/// judged, what is silenced, what the reports say, and exit codes.
@Suite struct SuppressionCLITests {
    /// A pod with two kube-apiserver containers; `comment` goes on the line right above the
    /// first container's `command` line (line 7, so `command` is on line 8).
    static func twoAPIServers(commentAboveFirstCommand comment: String) -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: control-plane, namespace: kube-system}
        spec:
          containers:
            - name: first
              \(comment)
              command:
                - kube-apiserver
                - --secure-port=6443
            - name: second
              command:
                - kube-apiserver
                - --secure-port=6443

        """
    }

    static let reason = "the kubelets are reached through the konnectivity proxy"

    func sarifResults(_ file: URL) throws -> [[String: Any]] {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let runs = document?["runs"] as? [[String: Any]]
        return runs?.first?["results"] as? [[String: Any]] ?? []
    }

    func container(_ result: [String: Any]) -> String? {
        (result["properties"] as? [String: Any])?["container"] as? String
    }

    func suppressions(_ result: [String: Any]) -> [[String: Any]] {
        result["suppressions"] as? [[String: Any]] ?? []
    }

    // MARK: - Must show: a typo and an unknown rule name exit 2, pointing at the line

    @Test func aConfigurationWithATypoExitsTwoPointingAtTheLineWithTheRightWord() throws {
        let folder = try TemporaryFolder()
        try folder.write(".ci-reporter.yml", "include: [\"*.yaml\"]\nexlude: [legacy/**]\n")
        try folder.write("pod.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# nothing"))
        let message = ".ci-reporter.yml:2:1: error: unknown key 'exlude'; did you mean 'exclude'?"

        let scan = try ciReporter(["scan"], in: folder.url)
        #expect(scan.status == 2)
        #expect(scan.stderr.hasPrefix(message + "\n"))
        #expect(scan.stderr.contains("ci-reporter scan: the configuration has 1 problem; nothing was judged."))
        #expect(scan.stdout.isEmpty)

        let named = try ciReporter(["scan", "--config", ".ci-reporter.yml", "pod.yaml"], in: folder.url)
        #expect(named.status == 2)
        #expect(named.stderr.hasPrefix(message))

        let printed = try ciReporter(["config", "--print"], in: folder.url)
        #expect(printed.status == 2)
        #expect(printed.stderr.hasPrefix(message))
    }

    @Test func aConfigurationWithAnUnknownRuleNameExitsTwoWithTheRightName() throws {
        let folder = try TemporaryFolder()
        try folder.write("ci.yml", "rules:\n  disable:\n    - kubelet-client-certificate-or-key-not-set\n")
        try folder.write("pod.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# nothing"))
        let output = try ciReporter(["scan", "--config", "ci.yml"], in: folder.url)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("ci.yml:3:7: error: unknown rule 'kubelet-client-certificate-or-key-not-set'; did you mean '\(seedRule)'?\n"))
        #expect(output.stdout.isEmpty)

        let missing = try ciReporter(["scan", "--config", "absent.yml"], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("absent.yml: error: no such configuration file"))
    }

    @Test func diffReadsTheConfigurationAtTheRepositoryRootAndExitsTwoOnATypo() throws {
        let repo = try GitFixture()
        try repo.write("k8s/pod.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# nothing"))
        try repo.commit("base")
        try repo.write(".ci-reporter.yml", "exlude: [k8s/**]\n")
        let output = try repo.ciReporter(["diff", "--worktree"])
        #expect(output.status == 2)
        #expect(output.stderr.contains(".ci-reporter.yml:1:1: error: unknown key 'exlude'; did you mean 'exclude'?"))

        // From a sub-folder too: the file sits at the root.
        let below = try runProcess(PackagePaths.root.appendingPathComponent(".build/debug/ci-reporter").path, ["diff", "--worktree"],
                                   in: repo.url.appendingPathComponent("k8s"), environment: GitFixture.cleanEnvironment)
        #expect(below.status == 2)
        #expect(below.stderr.contains(".ci-reporter.yml:1:1: error: unknown key 'exlude'"))
    }

    // MARK: - Must show: one container silenced, the other kept

    @Test func kicsIgnoreLineAboveTheFirstCommandSilencesExactlyTheFirstContainer() throws {
        let folder = try TemporaryFolder()
        try folder.write("control-plane.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# kics-scan ignore-line"))
        let output = try ciReporter(["scan", "control-plane.yaml", "--rule", seedRule, "--sarif", "out.sarif"], in: folder.url)
        // The second container's findings still count.
        #expect(output.status == 1)
        #expect(output.findingLines == [
            "control-plane.yaml:8:7: medium: \(seedRule): Pod 'kube-system/control-plane' container 'first' runs kube-apiserver without --kubelet-client-certificate. (suppressed: # kics-scan ignore-line on line 7)",
            "control-plane.yaml:8:7: medium: \(seedRule): Pod 'kube-system/control-plane' container 'first' runs kube-apiserver without --kubelet-client-key. (suppressed: # kics-scan ignore-line on line 7)",
            "control-plane.yaml:12:7: medium: \(seedRule): Pod 'kube-system/control-plane' container 'second' runs kube-apiserver without --kubelet-client-certificate.",
            "control-plane.yaml:12:7: medium: \(seedRule): Pod 'kube-system/control-plane' container 'second' runs kube-apiserver without --kubelet-client-key.",
        ])
        #expect(output.stdout.contains("2 findings (2 medium), 2 suppressed, in 1 file, 1 object."))

        let results = try sarifResults(folder.url.appendingPathComponent("out.sarif"))
        #expect(results.count == 4)
        for result in results {
            let found = suppressions(result)
            if container(result) == "first" {
                #expect(found.count == 1)
                #expect(found.first?["kind"] as? String == "inSource")
            } else {
                #expect(found.isEmpty, "the second container's findings are not suppressed")
            }
        }

        // With every rule: what is silenced is exactly what points at the first container's
        // command line; the first container's other findings, and all of the second's, stay.
        let everyRule = try ciReporter(["scan", "control-plane.yaml", "--sarif", "all.sarif"], in: folder.url)
        let all = try sarifResults(folder.url.appendingPathComponent("all.sarif"))
        func line(_ result: [String: Any]) -> Int? {
            let locations = result["locations"] as? [[String: Any]]
            let region = (locations?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            return region?["startLine"] as? Int
        }
        #expect(everyRule.status == 1)
        let silenced = all.filter { !suppressions($0).isEmpty }
        #expect(silenced.count >= 2)
        #expect(silenced.allSatisfy { container($0) == "first" && line($0) == 8 })
        #expect(all.filter { suppressions($0).isEmpty }.allSatisfy { line($0) != 8 })
        #expect(all.filter { container($0) == "second" }.allSatisfy { suppressions($0).isEmpty })
    }

    @Test func ourIgnoreAboveTheFirstCommandSilencesItWithItsReasonInEveryReport() throws {
        let folder = try TemporaryFolder()
        try folder.write("control-plane.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# ci-reporter:ignore \(seedRule) -- \(Self.reason)"))
        let output = try ciReporter(["scan", "control-plane.yaml", "--rule", seedRule, "--sarif", "out.sarif", "--junit", "out.xml",
                                     "--markdown", "out.md"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.findingLines.filter { $0.hasSuffix("(suppressed: \(Self.reason))") }.count == 2)
        #expect(output.findingLines.filter { $0.contains("container 'first'") }.allSatisfy { $0.hasSuffix("(suppressed: \(Self.reason))") })
        #expect(output.findingLines.filter { $0.contains("container 'second'") }.allSatisfy { !$0.contains("suppressed") })

        let results = try sarifResults(folder.url.appendingPathComponent("out.sarif"))
        let first = results.filter { container($0) == "first" }
        #expect(first.count == 2)
        #expect(first.allSatisfy { suppressions($0).first?["justification"] as? String == Self.reason })
        #expect(first.allSatisfy { suppressions($0).first?["kind"] as? String == "inSource" })
        #expect(results.filter { container($0) == "second" }.allSatisfy { suppressions($0).isEmpty })

        // JUnit has one test case per rule and object: it fails for the second container's
        // findings only.
        let junit = try String(contentsOf: folder.url.appendingPathComponent("out.xml"), encoding: .utf8)
        #expect(junit.components(separatedBy: "<failure ").count - 1 == 2)
        #expect(junit.contains("container 'second'"))
        #expect(!junit.contains("container 'first'"))
        let markdown = try String(contentsOf: folder.url.appendingPathComponent("out.md"), encoding: .utf8)
        #expect(markdown.contains("| **total** | **2** | **2** |"))
        #expect(markdown.contains("_(suppressed: \(Self.reason))_"))

        if PackagePaths.sharedAvailable {
            #expect(try validateReport("sarif", folder.url.appendingPathComponent("out.sarif")).status == 0)
            #expect(try validateReport("junit", folder.url.appendingPathComponent("out.xml")).status == 0)
        }
    }

    @Test func suppressedFindingsNeverFailTheBuild() throws {
        let folder = try TemporaryFolder()
        try folder.write("pod.yaml", "# ci-reporter:ignore-file \(seedRule) -- lab cluster fixtures\n"
            + Self.twoAPIServers(commentAboveFirstCommand: "# nothing"))
        let output = try ciReporter(["scan", "--rule", seedRule, "--fail-on", "info", "--junit", "out.xml"], in: folder.url)
        #expect(output.status == 0)
        #expect(output.findingLines.count == 4)
        #expect(output.stdout.contains("No findings, 4 suppressed, in 1 file, 1 object."))
        let junit = try String(contentsOf: folder.url.appendingPathComponent("out.xml"), encoding: .utf8)
        #expect(junit.contains("<testsuites name=\"ci-reporter\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\">"))
        #expect(junit.contains("<skipped message=\"suppressed: lab cluster fixtures"))
    }

    @Test func unusedSuppressionsAreNotesOnRequest() throws {
        let folder = try TemporaryFolder()
        try folder.write("pod.yaml", """
            # kics-scan disable=00000000-0000-0000-0000-000000000000
            apiVersion: v1
            kind: ConfigMap
            metadata:
              # kics-scan ignore-block
              name: settings
              namespace: app
            data:
              mode: fast  # ci-reporter:ignore \(seedRule) -- not needed

            """)
        try folder.write(".ci-reporter.yml", "ignore:\n  - {paths: [legacy/**], rules: [\(seedRule)], reason: gone}\n")
        let quiet = try ciReporter(["scan"], in: folder.url)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)

        let reported = try ciReporter(["scan", "--report-unused-suppressions"], in: folder.url)
        #expect(reported.status == 0)
        let notes = reported.stderr.split(separator: "\n").map(String.init)
        #expect(notes == [
            "pod.yaml:1:1: note: '# kics-scan disable=00000000-0000-0000-0000-000000000000': no rule ci-reporter knows has the id or slug '00000000-0000-0000-0000-000000000000'",
            "pod.yaml:5:3: note: '# kics-scan ignore-block' suppresses no finding",
            "pod.yaml:9:15: note: '# ci-reporter:ignore \(seedRule) -- not needed' suppresses no finding of \(seedRule)",
            ".ci-reporter.yml:2:5: note: the ignore entry for \(seedRule) in legacy/** suppresses no finding",
        ])
        // The configuration can ask for it too.
        try folder.write(".ci-reporter.yml", "report-unused-suppressions: true\n")
        #expect(try ciReporter(["scan"], in: folder.url).stderr.split(separator: "\n").count == 3)
    }

    // MARK: - The configuration's settings, and the command line over them

    @Test func failOnAndOutputsComeFromTheFileUnlessTheCommandLineSaysOtherwise() throws {
        let folder = try TemporaryFolder()
        try folder.write("pod.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# nothing"))
        try folder.write(".ci-reporter.yml", "rules: {enable: [\(seedRule)]}\nfail-on: high\noutputs:\n  sarif: reports/from-file.sarif\n  junit: reports/from-file.xml\n")

        let fromFile = try ciReporter(["scan"], in: folder.url)
        #expect(fromFile.status == 0, "medium findings do not reach fail-on: high")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("reports/from-file.sarif").path))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("reports/from-file.xml").path))

        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("reports"))
        let overridden = try ciReporter(["scan", "--fail-on", "medium", "--sarif", "reports/given.sarif"], in: folder.url)
        #expect(overridden.status == 1)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("reports/given.sarif").path))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("reports/from-file.sarif").path))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("reports/from-file.xml").path))
    }

    @Test func includeExcludeRulesAndSeverityChooseWhatIsJudgedAndHow() throws {
        let folder = try TemporaryFolder()
        let pod = Self.twoAPIServers(commentAboveFirstCommand: "# nothing")
        try folder.write("k8s/apps/pod.yaml", pod)
        try folder.write("k8s/vendor/pod.yaml", pod)
        try folder.write("k8s/apps/pod.json.yml", pod)
        try folder.write(".ci-reporter.yml", """
            include: ["*.yaml"]
            exclude: [k8s/vendor/**]
            rules: {enable: [\(seedRule)]}
            severity:
              \(seedRule): high

            """)
        let output = try ciReporter(["scan", "--fail-on", "high"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.findingLines.count == 4)
        #expect(output.findingLines.allSatisfy { $0.hasPrefix("k8s/apps/pod.yaml:") && $0.contains(": high: ") })
        // A file named on the command line is judged whatever the includes say, but not when excluded.
        #expect(try ciReporter(["scan", "k8s/apps/pod.json.yml"], in: folder.url).findingLines.count == 4)
        #expect(try ciReporter(["scan", "k8s/vendor/pod.yaml"], in: folder.url).findingLines.isEmpty)

        try folder.write(".ci-reporter.yml", "rules:\n  enable: [medium]\n  disable: [Secret Management, \(seedRule)]\n")
        let disabled = try ciReporter(["scan"], in: folder.url)
        #expect(!disabled.findingLines.isEmpty)
        #expect(disabled.findingLines.allSatisfy { $0.contains(": medium: ") && !$0.contains(seedRule) })
        // --rule on the command line wins over the file's selection.
        #expect(try ciReporter(["scan", "--rule", seedRule], in: folder.url).findingLines.count == 12)
    }

    @Test func theMarkdownLimitComesFromTheFile() throws {
        let folder = try TemporaryFolder()
        for index in 1 ... 40 {
            try folder.write("pods/pod-\(index).yaml", Self.twoAPIServers(commentAboveFirstCommand: "# nothing"))
        }
        try folder.write(".ci-reporter.yml", "markdown-limit: 4096\noutputs: {markdown: summary.md}\n")
        _ = try ciReporter(["scan"], in: folder.url)
        let limited = try Data(contentsOf: folder.url.appendingPathComponent("summary.md"))
        #expect(limited.count <= 4096)
        _ = try ciReporter(["scan", "--markdown-limit", "1048576"], in: folder.url)
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("summary.md")).count > 4096)
    }

    @Test func configPrintShowsTheFileWithTheCommandLineApplied() throws {
        let folder = try TemporaryFolder()
        try folder.write(".ci-reporter.yml", "exclude: [charts/**]\nfail-on: low\nrules:\n  disable: [\(seedRule)]\n")
        let output = try ciReporter(["config", "--print", "--fail-on", "high", "--report-unused-suppressions"], in: folder.url)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("# ci-reporter configuration: .ci-reporter.yml, with the command line applied\n"))
        #expect(output.stdout.contains("\nexclude: [\"charts/**\"]\n"))
        #expect(output.stdout.contains("\nfail-on: high\n"))
        #expect(output.stdout.contains("\nreport-unused-suppressions: true\n"))
        #expect(output.stdout.contains("\n# Rules that run: "))
        #expect(!output.stdout.contains("  \(seedRule)\n"))

        let withoutPrint = try ciReporter(["config"], in: folder.url)
        #expect(withoutPrint.status == 2)
        #expect(withoutPrint.stderr.contains("config takes --print"))
    }

    // MARK: - diff: suppressions on both sides of the baseline

    @Test func inDiffTheBaseIsSuppressedTheSameWayAndTakingASuppressionOutBringsTheFindingIn() throws {
        let repo = try GitFixture()
        let suppressed = Self.twoAPIServers(commentAboveFirstCommand: "# ci-reporter:ignore \(seedRule) -- \(Self.reason)")
        try repo.write("control-plane.yaml", suppressed)
        try repo.commit("base: the first container is accepted")

        // Only a comment elsewhere changes: the suppressed findings stay suppressed, nothing is new.
        try repo.write("control-plane.yaml", "# Control plane\n" + suppressed)
        let touched = try repo.ciReporter(["diff", "--worktree", "--rule", seedRule, "--filter", "file"])
        #expect(touched.status == 0)
        #expect(touched.stderr.contains("findings: 0 new, 2 unchanged, 0 fixed, 2 suppressed."))
        #expect(touched.findingLines.filter { $0.hasSuffix("(unchanged; suppressed: \(Self.reason))") }.count == 2)

        // The suppression is taken out: its findings are new and fail the build.
        try repo.write("control-plane.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# reviewed"))
        let removed = try repo.ciReporter(["diff", "--worktree", "--rule", seedRule, "--filter", "file"])
        #expect(removed.status == 1)
        #expect(removed.stderr.contains("findings: 2 new, 2 unchanged, 0 fixed."))

        // Suppressing the other container as well: nothing new, nothing fixed, nothing fails.
        try repo.write("control-plane.yaml", suppressed.replacingOccurrences(of: "    - name: second\n", with: "    # kics-scan ignore-block\n    - name: second\n"))
        let both = try repo.ciReporter(["diff", "--worktree", "--rule", seedRule, "--filter", "file", "--fail-on-existing"])
        #expect(both.status == 0)
        #expect(both.stderr.contains("findings: 0 new, 0 unchanged, 0 fixed, 4 suppressed."))
    }

    @Test func diffTakesFilterAndExcludesFromTheFile() throws {
        let repo = try GitFixture()
        try repo.write("apps/pod.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# nothing"))
        try repo.write("vendor/pod.yaml", Self.twoAPIServers(commentAboveFirstCommand: "# nothing"))
        try repo.commit("base")
        try repo.write(".ci-reporter.yml", "filter: all\nexclude: [vendor/**]\n")
        let output = try repo.ciReporter(["diff", "--worktree", "--rule", seedRule])
        #expect(output.findingLines.count == 4)
        #expect(output.findingLines.allSatisfy { $0.hasPrefix("apps/pod.yaml:") })
        // The command line wins: --exclude replaces the file's list.
        let excluded = try repo.ciReporter(["diff", "--worktree", "--rule", seedRule, "--exclude", "apps/**"])
        #expect(excluded.findingLines.count == 4)
        #expect(excluded.findingLines.allSatisfy { $0.hasPrefix("vendor/pod.yaml:") })
    }
}
