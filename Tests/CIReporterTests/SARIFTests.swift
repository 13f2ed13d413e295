import Foundation
import Testing
@testable import CIReporter
import Rules
import YAML

@Suite struct SARIFTests {
    @Test(.enabled(if: PackagePaths.sharedAvailable, PackagePaths.sharedAbsent))
    func samplesGiveSARIFThatGitHubAccepts() throws {
        let folder = try TemporaryFolder()
        let sarif = folder.url.appendingPathComponent("out/ci-reporter.sarif")
        let scan = try ciReporter(["scan", "samples", "--sarif", sarif.path, "--fail-on", "none"], in: PackagePaths.root)
        #expect(scan.status == 0)
        let validation = try validateReport("sarif", sarif)
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
        #expect(validation.stdout.contains("=> VALID"))
        #expect(!validation.stdout.contains("WARN"), "\(validation.stdout)")

        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any])
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]]).filter { $0["ruleId"] as? String == seedRule }
        #expect(results.count == 3)
        let location = try #require((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "samples/control-plane/hyperkube-apiserver.yaml")
        let region = try #require(location["region"] as? [String: Int])
        #expect(region == ["startLine": 19, "startColumn": 11, "endLine": 19, "endColumn": 18])
    }

    @Test(.enabled(if: PackagePaths.sharedAvailable, PackagePaths.sharedAbsent))
    func unparsableFilesBecomeNotificationsAndTheSARIFStaysValid() throws {
        let folder = try TemporaryFolder()
        try folder.write("broken file #1.yaml", "a: [1, 2\n")
        try folder.write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, command: [kube-apiserver]}]}\n")
        let sarif = folder.url.appendingPathComponent("report.sarif")
        let scan = try ciReporter(["scan", ".", "--sarif", sarif.path], in: folder.url)
        #expect(scan.status == 1)
        let validation = try validateReport("sarif", sarif)
        #expect(validation.status == 0, "\(validation.stdout)")
        let text = try String(contentsOf: sarif, encoding: .utf8)
        #expect(text.contains("\"uri\" : \"broken%20file%20%231.yaml\""))
    }

    @Test func outputIsTheSameInEveryRun() throws {
        let tree = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, command: [kube-apiserver]}]}\n"
        let file = SourceFile(path: "pod.yaml", bytes: Array(tree.utf8))
        let first = try SARIFReport().render(Scanner().scan([file]))
        let second = try SARIFReport().render(Scanner().scan([file]))
        #expect(first == second)
    }

    @Test func resultsAreCappedAtGitHubsLimitKeepingTheMostSevere() throws {
        let rule = RuleDescription(id: "00000000-0000-0000-0000-000000000000", slug: "r", name: "R", severity: .low,
                                   category: "C", summary: "S.", help: "H", nonTriggeringExamples: [], triggeringExamples: [])
        let span = SourceSpan(start: Position(line: 1, column: 1), end: Position(line: 1, column: 2))
        var findings: [Finding] = []
        for index in 0 ..< 30_000 {
            var finding = Finding(rule: rule, message: "m\(index)", path: "f.yaml", location: span, scope: span,
                                  object: ObjectIdentity(kind: "Pod", namespace: nil, name: "p\(index)"), container: nil, keyPath: "")
            if index % 10 == 0 { finding.severity = .high }
            findings.append(finding)
        }
        let document = SARIFReport().document(ScanResult(findings: findings, rules: [rule]))
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 25_000)
        #expect(results.filter { $0["level"] as? String == "error" }.count == 3_000)
        let notes = ((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]]) ?? []
        #expect(notes.contains { (($0["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("5000 of 30000 findings were left out") == true })
    }
}
