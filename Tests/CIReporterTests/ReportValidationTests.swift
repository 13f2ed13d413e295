import Foundation
import Testing

/// The reports as CI consumes them: written by the real binary, checked by the official SARIF
/// schema, the JUnit XSD and GitHub's limits (`../shared/tools/validate-reports.py`), and the
/// Markdown rendered by a CommonMark renderer.
@Suite(.enabled(if: PackagePaths.sharedAvailable, PackagePaths.sharedAbsent))
struct ReportValidationTests {
    static func expectValid(_ kind: String, _ file: URL) throws {
        let validation = try validateReport(kind, file)
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
        #expect(validation.stdout.contains("=> VALID"), "\(validation.stdout)")
        #expect(!validation.stdout.contains("WARN"), "\(validation.stdout)")
    }

    /// The HTML GitHub-flavoured CommonMark (with tables) makes of a Markdown file.
    static func renderedHTML(_ file: URL) throws -> String {
        let script = "import sys\nfrom markdown_it import MarkdownIt\nprint(MarkdownIt('commonmark').enable('table').render(open(sys.argv[1], encoding='utf-8').read()))"
        let output = try runProcess("/usr/bin/env", ["python3", "-c", script, file.path])
        guard output.status == 0 else {
            throw TestFailure("rendering \(file.lastPathComponent) failed (make test installs markdown-it-py): \(output.stderr)")
        }
        return output.stdout
    }

    static func json(_ file: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    }

    @Test func oneRunWritesEveryReportForTheSamples() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("reports")
        let scan = try ciReporter(["scan", "samples", "--fail-on", "none", "--sarif", out.appendingPathComponent("r.sarif").path,
                                   "--junit", out.appendingPathComponent("r.xml").path,
                                   "--markdown", out.appendingPathComponent("r.md").path], in: PackagePaths.root)
        #expect(scan.status == 0, "\(scan.stderr)")
        try Self.expectValid("sarif", out.appendingPathComponent("r.sarif"))
        try Self.expectValid("junit", out.appendingPathComponent("r.xml"))
        let html = try Self.renderedHTML(out.appendingPathComponent("r.md"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<h3>samples/control-plane/hyperkube-apiserver.yaml</h3>"))
        // Nothing is left behind but the reports themselves.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["r.md", "r.sarif", "r.xml"])
    }

    @Test func hostileNamesAndPathsStayText() throws {
        let folder = try TemporaryFolder()
        try folder.write("team #1/café app.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: "x|<script>alert(1)</script> @everyone `rm -rf` \\0 \\v end"
              namespace: "ns|#1"
            spec:
              containers:
                - name: "c|<b>bold</b>"
                  command: [kube-apiserver]

            """)
        let scan = try ciReporter(["scan", ".", "--rule", seedRule, "--sarif", "r.sarif", "--junit", "r.xml", "--markdown", "r.md"], in: folder.url)
        #expect(scan.status == 1)

        let sarif = folder.url.appendingPathComponent("r.sarif")
        try Self.expectValid("sarif", sarif)
        let run = try #require((try Self.json(sarif)["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "team%20%231/caf%C3%A9%20app.yaml")
        #expect(((result["message"] as? [String: Any])?["text"] as? String)?.contains("\u{0}") == true)

        try Self.expectValid("junit", folder.url.appendingPathComponent("r.xml"))
        let xml = try String(contentsOf: folder.url.appendingPathComponent("r.xml"), encoding: .utf8)
        #expect(xml.contains("x|&lt;script&gt;alert(1)&lt;/script&gt; @everyone `rm -rf` \\u{0} \\u{B} end"))

        let html = try Self.renderedHTML(folder.url.appendingPathComponent("r.md"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("@everyone"))
        #expect(!html.contains("<code>rm"))
        #expect(html.contains("<h3>team #\u{2060}1/café app.yaml</h3>"))
        #expect(html.contains("Pod 'ns|#\u{2060}1/x|&lt;script&gt;alert(1)&lt;/script&gt; @\u{2060}everyone `rm -rf` \u{FFFD} \u{FFFD} end' container 'c|&lt;b&gt;bold&lt;/b&gt;'"))
        // The counts table keeps its shape: a header and five rows of three cells.
        let table = try #require(html.components(separatedBy: "<table>").dropFirst().first?.components(separatedBy: "</table>").first)
        #expect(table.components(separatedBy: "<tr>").count - 1 == 6)
        #expect(table.components(separatedBy: "<td>").count - 1 == 15)
    }

    @Test func aBaselineDiffWritesReportsThatValidate() throws {
        let repo = try GitFixture()
        try repo.git("remote", "add", "origin", "git@github.com:acme/infra.git")
        try repo.write("pod.yaml", apiserverPod(args: ["--kubelet-client-certificate=/c.crt", "--secure-port=6443"]))
        try repo.write("fixed.yaml", apiserverPod(name: "fixed", args: ["--secure-port=6443"]))
        try repo.commit("main lacks flags")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("pod.yaml", apiserverPod(args: ["--secure-port=6443"]))
        try repo.write("fixed.yaml", apiserverPod(name: "fixed", args: ["--kubelet-client-certificate=/c.crt", "--kubelet-client-key=/c.key"]))
        let head = try repo.commit("drop a flag here, fix the other pod")

        let diff = try repo.ciReporter(["diff", "--base", "main", "--sarif", "out/r.sarif", "--junit", "out/r.xml", "--markdown", "out/r.md"])
        #expect(diff.status == 1)
        #expect(diff.stderr.contains("findings: 1 new, 1 unchanged, 2 fixed."), "\(diff.stderr)")
        let sarif = repo.url.appendingPathComponent("out/r.sarif")
        try Self.expectValid("sarif", sarif)
        try Self.expectValid("junit", repo.url.appendingPathComponent("out/r.xml"))
        let run = try #require((try Self.json(sarif)["runs"] as? [[String: Any]])?.first)
        let states = (run["results"] as? [[String: Any]] ?? []).compactMap { $0["baselineState"] as? String }.sorted()
        #expect(states == ["new", "unchanged"])
        let provenance = try #require((run["versionControlProvenance"] as? [[String: Any]])?.first)
        #expect(provenance["repositoryUri"] as? String == "https://github.com/acme/infra")
        #expect(provenance["revisionId"] as? String == head)
        #expect(provenance["branch"] as? String == "feature")

        let markdown = try String(contentsOf: repo.url.appendingPathComponent("out/r.md"), encoding: .utf8)
        #expect(markdown.contains("| medium | 2 | 1 | 1 | 0 |"))
        #expect(markdown.contains("Fixed by this change: 2."))
        #expect(markdown.contains("[L7](https://github.com/acme/infra/blob/\(head)/pod.yaml#L7) _(new)_"))
        let html = try Self.renderedHTML(repo.url.appendingPathComponent("out/r.md"))
        #expect(html.contains("<th>new</th>"))
    }
}
