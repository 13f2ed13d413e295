import Foundation
import Testing
@testable import CIReporter

@Suite struct GitDiffTests {
    static let certificate = "--kubelet-client-certificate=/pki/c.crt"
    static let key = "--kubelet-client-key=/pki/c.key"

    @Test func aPullRequestJudgesOnlyWhatTheBranchChanged() throws {
        let repo = try GitFixture()
        try repo.write("base.yaml", apiserverPod(name: "base", args: [Self.certificate, Self.key]))
        try repo.commit("base")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("feature.yaml", apiserverPod(name: "feature", args: [Self.certificate]))
        try repo.commit("feature adds a pod without a key")
        try repo.git("checkout", "-q", "main")
        // Nothing like feature.yaml, so that git sees no rename between the two tips.
        try repo.write("main-only.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n"
            + (1 ... 20).map { "  key\($0): value \($0)\n" }.joined())
        try repo.commit("main moves on")

        let pullRequest = try repo.ciReporter(["diff", "--base", "main", "--head", "feature"])
        #expect(pullRequest.status == 1)
        #expect(pullRequest.findingLines.count == 1)
        #expect(pullRequest.findingLines.first?.hasPrefix("feature.yaml:7:7: medium: kubelet_client_certificate_or_key_not_set: Pod 'feature'") == true)
        #expect(pullRequest.stderr.contains("compared main...feature"))
        #expect(pullRequest.stderr.contains("1 file changed, 1 judged, 0 skipped; findings: 1 new, 0 unchanged, 0 fixed."))

        // The same as the three-dot range.
        let threeDots = try repo.ciReporter(["diff", "main...feature"])
        #expect(threeDots.findingLines == pullRequest.findingLines)

        // Two dots compare the tips themselves: main's own change (main-only.yaml, missing on
        // feature) is part of the comparison too, as a deletion, which is not judged.
        let twoDots = try repo.ciReporter(["diff", "main..feature"])
        #expect(twoDots.findingLines == pullRequest.findingLines)
        #expect(twoDots.stderr.contains("compared main..feature"))
        #expect(twoDots.stderr.contains("2 files changed, 1 judged, 0 skipped"))
        #expect(pullRequest.stderr.contains("1 file changed, 1 judged, 0 skipped"))
    }

    @Test func renamesKeepTheNewNameDeletionsAreNotJudgedAndTheWorkingTreeNeverLeaksIn() throws {
        let repo = try GitFixture()
        var lines = ["--secure-port=6443", "--profiling=false", "--audit-log-maxage=30", "--audit-log-maxbackup=10", Self.certificate]
        try repo.write("old-name.yaml", apiserverPod(name: "moved", args: lines))
        try repo.write("gone.yaml", apiserverPod(name: "gone", args: []))
        let base = try repo.commit("base")
        try repo.git("mv", "old-name.yaml", "new-name.yaml")
        lines[0] = "--secure-port=8443"
        try repo.write("new-name.yaml", apiserverPod(name: "moved", args: lines))
        try repo.git("rm", "-q", "gone.yaml")
        try repo.commit("rename with an edit, delete a file")
        // A dirty working tree that must not be read.
        try repo.write("new-name.yaml", apiserverPod(name: "dirty", args: []))
        try repo.write("untracked.yaml", apiserverPod(name: "untracked", args: []))

        let output = try repo.ciReporter(["diff", "\(base)..HEAD", "--filter", "file"])
        #expect(output.findingLines.count == 1)
        #expect(output.findingLines.first?.hasPrefix("new-name.yaml:7:7: ") == true)
        #expect(output.findingLines.first?.contains("Pod 'moved'") == true)
        #expect(!output.stdout.contains("dirty") && !output.stdout.contains("untracked") && !output.stdout.contains("gone"))
        // The rename kept its finding: it is unchanged, not new and fixed.
        #expect(output.stderr.contains("findings: 0 new, 1 unchanged, 0 fixed."))
        #expect(output.status == 0)

        // --worktree reads the dirty bytes and the untracked file, on purpose.
        let worktree = try repo.ciReporter(["diff", "--worktree", "--filter", "file"])
        #expect(worktree.stdout.contains("Pod 'dirty'"))
        #expect(worktree.stdout.contains("Pod 'untracked'"))
    }

    @Test func aPureDeletionSurfacesTheContainersNewFindingAgainstTheBaseline() throws {
        let repo = try GitFixture()
        try repo.write("pod.yaml", apiserverPod(args: [Self.certificate, "--secure-port=6443"]))
        try repo.commit("main already lacks the key")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("pod.yaml", apiserverPod(args: ["--secure-port=6443"]))
        try repo.commit("drop the certificate line")

        let touched = try repo.ciReporter(["diff", "--base", "main", "--filter", "touched", "--sarif", "out.sarif"])
        #expect(touched.status == 1)
        #expect(touched.findingLines.count == 2)
        // The job log says which finding the change brought in.
        #expect(touched.findingLines.contains { $0.contains("--kubelet-client-certificate") && $0.hasSuffix(" (new)") })
        #expect(touched.findingLines.contains { $0.contains("--kubelet-client-key") && $0.hasSuffix(" (unchanged)") })
        #expect(touched.stderr.contains("findings: 1 new, 1 unchanged, 0 fixed."))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: repo.url.appendingPathComponent("out.sarif"))) as? [String: Any]
        let results = ((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let states = Dictionary(uniqueKeysWithValues: results.compactMap { result -> (String, String)? in
            guard let text = (result["message"] as? [String: Any])?["text"] as? String,
                  let state = result["baselineState"] as? String else { return nil }
            return (text.contains("certificate") ? "certificate" : "key", state)
        })
        #expect(states == ["certificate": "new", "key": "unchanged"])

        // Only the new finding fails the build; --fail-on-existing makes the old one count too.
        let onlyExisting = try repo.ciReporter(["diff", "--base", "main", "--fail-on", "medium", "--no-baseline", "--filter", "added"])
        #expect(onlyExisting.status == 0)
        let added = try repo.ciReporter(["diff", "--base", "main", "--filter", "added"])
        #expect(added.findingLines.isEmpty)
        #expect(added.status == 0)
        #expect(added.stderr.contains("findings: 0 new, 0 unchanged, 0 fixed (2 more in changed files, outside the change)."))
    }

    @Test func onlyNewFindingsFailTheBuildUnlessAskedOtherwise() throws {
        let repo = try GitFixture()
        try repo.write("pod.yaml", apiserverPod(args: [Self.certificate]))
        try repo.commit("base lacks the key")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("pod.yaml", apiserverPod(args: [Self.certificate, "--secure-port=6443"]))
        try repo.commit("unrelated edit in the same container")

        let output = try repo.ciReporter(["diff", "--base", "main"])
        #expect(output.findingLines.count == 1)
        #expect(output.stderr.contains("findings: 0 new, 1 unchanged, 0 fixed."))
        #expect(output.status == 0)
        #expect(try repo.ciReporter(["diff", "--base", "main", "--fail-on-existing"]).status == 1)
    }

    @Test func aFixIsCountedAsFixed() throws {
        let repo = try GitFixture()
        try repo.write("pod.yaml", apiserverPod(args: [Self.certificate]))
        try repo.commit("base lacks the key")
        try repo.write("pod.yaml", apiserverPod(args: [Self.certificate, Self.key]))
        try repo.commit("add the key")
        let output = try repo.ciReporter(["diff", "HEAD~1..HEAD"])
        #expect(output.status == 0)
        #expect(output.stderr.contains("findings: 0 new, 0 unchanged, 1 fixed."))
    }

    @Test func aShallowCloneMissingTheBaseSaysHowToFetchIt() throws {
        let repo = try GitFixture()
        try repo.write("pod.yaml", apiserverPod(args: [Self.certificate, Self.key]))
        let base = try repo.commit("one")
        try repo.write("pod.yaml", apiserverPod(args: [Self.certificate]))
        try repo.commit("two")
        let clones = try TemporaryFolder()
        try repo.git(["clone", "-q", "--depth", "1", "file://\(repo.url.path)", "shallow"], in: clones.url)
        let output = try CIReporterTests.ciReporter(["diff", "--base", base], in: clones.url.appendingPathComponent("shallow"),
                                                    environment: GitFixture.cleanEnvironment)
        #expect(output.status == 2)
        #expect(output.stderr.contains("revision '\(base)' is not in this clone, which is shallow"))
        #expect(output.stderr.contains("hint: ") && output.stderr.contains("fetch-depth: 0"))
    }

    @Test func gitProblemsExitTwoWithAHint() throws {
        let plain = try TemporaryFolder()
        let notRepository = try CIReporterTests.ciReporter(["diff", "--base", "main"], in: plain.url, environment: GitFixture.cleanEnvironment)
        #expect(notRepository.status == 2)
        #expect(notRepository.stderr.contains("is not inside a git repository"))
        #expect(notRepository.stderr.contains("hint: "))

        let unborn = try GitFixture()
        let noCommit = try unborn.ciReporter(["diff", "--worktree"])
        #expect(noCommit.status == 2)
        #expect(noCommit.stderr.contains("HEAD has no commit yet"))

        try unborn.write("a.yaml", "a: 1\n")
        try unborn.commit("first")
        let unknown = try unborn.ciReporter(["diff", "--base", "no-such-branch"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown revision 'no-such-branch'"))
        let badRange = try unborn.ciReporter(["diff", "main"])
        #expect(badRange.status == 2)
        #expect(badRange.stderr.contains("is not a range"))
    }

    @Test func stagedReadsTheIndexAndBareRepositoriesWork() throws {
        let repo = try GitFixture()
        try repo.write("a.yaml", "a: 1\n")
        try repo.commit("first")
        try repo.write("pod.yaml", apiserverPod(name: "staged", args: []))
        try repo.git("add", "pod.yaml")
        try repo.write("pod.yaml", apiserverPod(name: "unstaged", args: [Self.certificate, Self.key]))
        let staged = try repo.ciReporter(["diff", "--staged"])
        #expect(staged.status == 1)
        #expect(staged.stdout.contains("Pod 'staged'"))
        #expect(!staged.stdout.contains("unstaged"))

        try repo.git("commit", "-q", "-m", "second: what was staged")
        let clones = try TemporaryFolder()
        try repo.git(["clone", "-q", "--bare", repo.url.path, "bare.git"], in: clones.url)
        let bare = try CIReporterTests.ciReporter(["diff", "HEAD~1..HEAD", "--rule", seedRule], in: clones.url.appendingPathComponent("bare.git"),
                                                  environment: GitFixture.cleanEnvironment)
        #expect(bare.findingLines.count == 2)
        #expect(bare.findingLines.allSatisfy { $0.hasPrefix("pod.yaml:7:7:") })
    }

    @Test func linksSubmodulesBinariesAndLFSPointersAreSkippedWithANotice() throws {
        let repo = try GitFixture()
        try repo.write("a.yaml", "a: 1\n")
        try repo.commit("first")
        try repo.write("real.yaml", apiserverPod(name: "real", args: []))
        try FileManager.default.createSymbolicLink(atPath: repo.url.appendingPathComponent("link.yaml").path, withDestinationPath: "real.yaml")
        try repo.folder.write("binary.yaml", bytes: [0x00, 0x01, 0x02, 0xFF, 0x00])
        try repo.write("lfs.yaml", "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n")
        let sub = try GitFixture()
        try sub.write("x.yaml", "x: 1\n")
        let subCommit = try sub.commit("sub")
        try repo.git("add", "-A")
        try repo.git("update-index", "--add", "--cacheinfo", "160000,\(subCommit),module.yaml")
        try repo.git("commit", "-q", "-m", "odd files")

        let output = try repo.ciReporter(["diff", "HEAD~1..HEAD"])
        #expect(output.findingLines.count == 2)
        #expect(output.findingLines.allSatisfy { $0.hasPrefix("real.yaml:") })
        #expect(output.stderr.contains("link.yaml: note: symbolic link: not followed, not judged"))
        #expect(output.stderr.contains("binary.yaml: note: binary file: not judged"))
        #expect(output.stderr.contains("lfs.yaml: note: Git LFS pointer"))
        #expect(output.stderr.contains("module.yaml: note: submodule: not judged"))
        #expect(output.stderr.contains("5 files changed, 1 judged, 4 skipped"))
    }

    @Test func includeAndExcludeGlobsChooseThePaths() throws {
        let repo = try GitFixture()
        try repo.write("a.yaml", "a: 1\n")
        try repo.commit("first")
        try repo.write("deploy/pod.yaml", apiserverPod(name: "deploy", args: []))
        try repo.write("charts/x/templates/pod.yaml", apiserverPod(name: "chart", args: []))
        try repo.write("manifests/pod.k8s", apiserverPod(name: "custom", args: []))
        try repo.commit("more")
        let output = try repo.ciReporter(["diff", "HEAD~1..HEAD", "--exclude", "charts/**", "--include", "*.yaml", "--include", "manifests/*.k8s"])
        #expect(output.stdout.contains("Pod 'deploy'"))
        #expect(output.stdout.contains("Pod 'custom'"))
        #expect(!output.stdout.contains("Pod 'chart'"))
    }

    @Test func filterAllJudgesTheWholeHeadTree() throws {
        let repo = try GitFixture()
        try repo.write("old.yaml", apiserverPod(name: "old", args: []))
        try repo.commit("first")
        try repo.write("new.yaml", apiserverPod(name: "new", args: [Self.certificate]))
        try repo.commit("second")
        let output = try repo.ciReporter(["diff", "HEAD~1..HEAD", "--filter", "all"])
        #expect(output.findingLines.count == 3)
        #expect(output.stderr.contains("findings: 1 new, 2 unchanged, 0 fixed."))
    }
}

@Suite struct RangeDetectionTests {
    /// main, a feature branch, and the merge commit GitHub checks out for a pull request.
    private func pullRequestRepository() throws -> (GitFixture, base: String, head: String, merge: String) {
        let repo = try GitFixture()
        try repo.write("base.yaml", apiserverPod(name: "base", args: []))
        try repo.commit("base")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("feature.yaml", apiserverPod(name: "feature", args: [GitDiffTests.certificate]))
        let head = try repo.commit("feature")
        try repo.git("checkout", "-q", "main")
        try repo.write("main-later.yaml", apiserverPod(name: "main-later", args: []))
        let base = try repo.commit("main moves on")
        try repo.git("checkout", "-q", "--detach", "main")
        try repo.git("merge", "-q", "--no-ff", "-m", "Merge \(head) into \(base)", "feature")
        return (repo, base, head, try repo.git("rev-parse", "HEAD"))
    }

    /// Writes a GitHub event file outside the repository; returns its path.
    private func event(_ json: String, in repo: GitFixture) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("event-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        return file.path
    }

    @Test func aGitHubPullRequestComparesTheMergeCommitWithItsFirstParent() throws {
        let (repo, base, head, merge) = try pullRequestRepository()
        let path = try event(#"{"pull_request": {"base": {"sha": "\#(base)"}, "head": {"sha": "\#(head)"}}}"#, in: repo)
        let output = try repo.ciReporter(["diff"], environment: [
            "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": path,
        ])
        #expect(output.stderr.contains("GitHub pull request: the merge commit \(merge.prefix(7)) against its first parent \(base.prefix(7))"))
        #expect(output.findingLines.count == 1)
        #expect(output.findingLines.first?.hasPrefix("feature.yaml:") == true)
    }

    @Test func aGitHubPullRequestCheckedOutAtItsHeadUsesTheMergeBase() throws {
        let (repo, base, head, _) = try pullRequestRepository()
        try repo.git("checkout", "-q", head)
        let path = try event(#"{"pull_request": {"base": {"sha": "\#(base)"}, "head": {"sha": "\#(head)"}}}"#, in: repo)
        let output = try repo.ciReporter(["diff"], environment: [
            "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "pull_request_target", "GITHUB_EVENT_PATH": path,
        ])
        #expect(output.stderr.contains("GitHub pull request: the merge base of \(base.prefix(7)) and \(head.prefix(7))"))
        #expect(output.findingLines.map { String($0.prefix(13)) } == ["feature.yaml:"])
    }

    @Test func aGitHubPushComparesBeforeWithAfter() throws {
        let (repo, base, head, _) = try pullRequestRepository()
        try repo.git("checkout", "-q", "feature")
        let first = try repo.git("rev-parse", "HEAD~1")
        let path = try event(#"{"before": "\#(first)", "after": "\#(head)"}"#, in: repo)
        let output = try repo.ciReporter(["diff"], environment: [
            "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_EVENT_PATH": path,
        ])
        #expect(output.stderr.contains("GitHub push: before..after"))
        #expect(output.findingLines.first?.hasPrefix("feature.yaml:") == true)

        // A new branch: before is all zeros, so the default branch's merge base is used.
        let newBranch = try event(#"{"before": "0000000000000000000000000000000000000000", "after": "\#(head)"}"#, in: repo)
        let created = try repo.ciReporter(["diff"], environment: [
            "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_EVENT_PATH": newBranch,
        ])
        #expect(created.stderr.contains("GitHub push of a new branch: comparing with the merge base of main and \(head)"))
        #expect(created.findingLines.first?.hasPrefix("feature.yaml:") == true)
        _ = base
    }

    @Test func aGitLabMergeRequestUsesItsDiffBase() throws {
        let (repo, _, head, _) = try pullRequestRepository()
        let diffBase = try repo.git("merge-base", "main", "feature")
        let output = try repo.ciReporter(["diff"], environment: [
            "GITLAB_CI": "true", "CI_MERGE_REQUEST_DIFF_BASE_SHA": diffBase, "CI_COMMIT_SHA": head,
        ])
        #expect(output.stderr.contains("GitLab merge request: CI_MERGE_REQUEST_DIFF_BASE_SHA..CI_COMMIT_SHA"))
        #expect(output.stderr.contains("(\(diffBase.prefix(7))..\(head.prefix(7)))"))
        #expect(output.findingLines.first?.hasPrefix("feature.yaml:") == true)
    }

    @Test func outsideCITheDefaultBranchIsNamed() throws {
        let (repo, _, _, _) = try pullRequestRepository()
        try repo.git("checkout", "-q", "feature")
        let output = try repo.ciReporter(["diff"])
        #expect(output.stderr.contains("no --base given: comparing with the merge base of main and HEAD"))
        #expect(output.findingLines.first?.hasPrefix("feature.yaml:") == true)
    }
}

@Suite struct PathGlobTests {
    @Test(arguments: [
        ("*.yaml", "a/b/c.yaml", true), ("*.yaml", "c.yml", false), ("charts/**", "charts/x/t/p.yaml", true),
        ("charts/**", "other/charts/p.yaml", false), ("**/templates/*.yaml", "charts/x/templates/p.yaml", true),
        ("**/templates/*.yaml", "templates/p.yaml", true), ("deploy/*.yaml", "deploy/sub/p.yaml", false),
        ("k8s/[a-c]*.json", "k8s/b1.json", true), ("k8s/[!a-c]*.json", "k8s/b1.json", false), ("?.yaml", "ab.yaml", false),
        ("*/p.yaml", "deploy/p.yaml", true), ("*/p.yaml", "a/b/p.yaml", false), ("*", "a/b/c.json", true),
        ("*.yaml", "c.yaml.bak", false), ("*.yaml", ".yaml", true), ("p.yaml", "a//p.yaml/", true),
        ("[a-c]*.yaml", "x/b.yaml", true),
    ])
    func matchesAsGitignoreDoes(pattern: String, path: String, expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected)
    }
}
