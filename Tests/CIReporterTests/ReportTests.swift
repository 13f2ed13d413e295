import Foundation
import Testing
@testable import CIReporter
import Rules
import YAML

/// Every emitter is a pure function of a `ScanResult`: these pin their exact bytes.
@Suite struct ReportTests {
    static let help = ReportFixtures.seed.description.help
    static let indentedHelp = help.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n")
    static let sha = "0123456789abcdef0123456789abcdef01234567"

    @Test func junitHasASuitePerFileAndACasePerRuleAndObject() throws {
        let xml = String(decoding: JUnitReport().render(ReportFixtures.twoPods()), as: UTF8.self)
        let message = "Pod 'kube-system/apiserver' container 'apiserver' runs kube-apiserver without --kubelet-client-key."
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="ci-reporter" tests="3" failures="1" errors="0" skipped="0">
              <testsuite name="manifests/apiserver.yaml" tests="2" failures="1" errors="0" skipped="0" file="manifests/apiserver.yaml">
                <testcase name="kubelet_client_certificate_or_key_not_set · Pod 'kube-system/apiserver'" classname="manifests/apiserver.yaml" file="manifests/apiserver.yaml" line="7">
                  <failure message="\(message)" type="kubelet_client_certificate_or_key_not_set">manifests/apiserver.yaml:7:7: medium: \(message)
            object: Pod 'kube-system/apiserver', container 'apiserver'
            at: spec.containers[name=apiserver].command

            \(Self.help)</failure>
                </testcase>
                <testcase name="kubelet_client_certificate_or_key_not_set · ConfigMap 'settings'" classname="manifests/apiserver.yaml" file="manifests/apiserver.yaml" line="9"/>
              </testsuite>
              <testsuite name="manifests/web.yaml" tests="1" failures="0" errors="0" skipped="0" file="manifests/web.yaml">
                <testcase name="kubelet_client_certificate_or_key_not_set · Pod 'web'" classname="manifests/web.yaml" file="manifests/web.yaml" line="1"/>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func junitSkipsSuppressedFindingsAndCountsAFileThatDidNotLoadAsAnError() throws {
        var result = ReportFixtures.twoPods()
        result.findings[0].suppression = Suppression(kind: .inSource, justification: "bootstrap cluster")
        result.diagnostics.append(Diagnostic(.error, path: "manifests/web.yaml", at: Position(line: 3, column: 2), "did not parse"))
        let xml = String(decoding: JUnitReport().render(result), as: UTF8.self)
        #expect(xml.contains("<testsuites name=\"ci-reporter\" tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"1\">"))
        #expect(xml.contains("<skipped message=\"suppressed: bootstrap cluster\">"))
        #expect(xml.contains("suppressed (inSource): bootstrap cluster"))
        #expect(xml.contains("<testsuite name=\"manifests/web.yaml\" tests=\"2\" failures=\"0\" errors=\"1\" skipped=\"0\" file=\"manifests/web.yaml\">"))
        #expect(xml.contains("<testcase name=\"load manifests/web.yaml\" classname=\"manifests/web.yaml\" file=\"manifests/web.yaml\" line=\"3\">\n      <error type=\"load\" message=\"did not parse\">manifests/web.yaml:3:2: error: did not parse</error>"))
    }

    @Test func junitNamesAreUniqueWhenObjectsShareAnIdentity() throws {
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: twin}\nspec: {containers: [{name: a, command: [kube-apiserver]}]}\n"
        let file = SourceFile(path: "twins.yaml", bytes: Array((text + "---\n" + text).utf8))
        let xml = String(decoding: JUnitReport().render(Scanner(rules: [ReportFixtures.seed]).scan([file])), as: UTF8.self)
        #expect(xml.contains("name=\"kubelet_client_certificate_or_key_not_set · Pod 'twin'\" classname=\"twins.yaml\" file=\"twins.yaml\" line=\"4\">"))
        #expect(xml.contains("name=\"kubelet_client_certificate_or_key_not_set · Pod 'twin' #2\" classname=\"twins.yaml\" file=\"twins.yaml\" line=\"9\">"))
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 4)
    }

    @Test func xmlTextEscapesMarkupAndWritesWhatXMLCannotCarry() {
        #expect(XMLText.escaped("a<b>&\"c\"\u{0}\u{B}\u{FFFE}é\t\n") == "a&lt;b&gt;&amp;\"c\"\\u{0}\\u{B}\\u{FFFE}é\t\n")
        #expect(XMLText.escaped("\"x\"\n\t", inAttribute: true) == "&quot;x&quot;&#10;&#9;")
    }

    @Test func markdownHasAVerdictCountsAndLinkedFindings() throws {
        var result = ReportFixtures.twoPods()
        result.versionControl = VersionControl(repositoryURL: "https://github.com/acme/infra", revision: Self.sha, branch: "main")
        let markdown = String(decoding: MarkdownReport().render(result), as: UTF8.self)
        #expect(markdown == """
            <!-- ci-reporter -->
            ## :x: ci-reporter: 1 finding at or above info in 2 files

            | severity | findings | suppressed |
            | --- | --- | --- |
            | high | 0 | 0 |
            | medium | 1 | 0 |
            | low | 0 | 0 |
            | info | 0 | 0 |
            | **total** | **1** | **0** |

            ### manifests/apiserver.yaml

            - **medium** `kubelet_client_certificate_or_key_not_set` [L7](https://github.com/acme/infra/blob/\(Self.sha)/manifests/apiserver.yaml#L7): Pod 'kube-system/apiserver' container 'apiserver' runs kube-apiserver without --kubelet-client-key.
              <details><summary>Kubelet client certificate or key not set</summary>

            \(Self.indentedHelp)

              </details>

            """)
    }

    @Test func markdownCountsBaselineStatesAndFixesAndSaysWhenNothingFails() throws {
        var result = ReportFixtures.twoPods()
        result.baselineRan = true
        result.findings[0].baselineState = .unchanged
        result.absentFindings = [ReportFixtures.finding(ReportFixtures.seed.description, name: "gone")]
        var options = MarkdownReport.Options()
        options.failOn = .medium
        let markdown = String(decoding: MarkdownReport(options: options).render(result), as: UTF8.self)
        #expect(markdown.hasPrefix("""
            <!-- ci-reporter -->
            ## :warning: ci-reporter: 1 finding in 2 files, none that fails the check (new and at or above medium)

            | severity | findings | new | unchanged | suppressed |
            | --- | --- | --- | --- | --- |
            | high | 0 | 0 | 0 | 0 |
            | medium | 1 | 0 | 1 | 0 |
            | low | 0 | 0 | 0 | 0 |
            | info | 0 | 0 | 0 | 0 |
            | **total** | **1** | **0** | **1** | **0** |

            Fixed by this change: 1.

            ### manifests/apiserver.yaml

            - **medium** `kubelet_client_certificate_or_key_not_set` L7 _(unchanged)_: Pod
            """))
        #expect(markdown.hasSuffix("\n1 finding of the base version fixed by this change.\n"))

        result.findings = []
        #expect(MarkdownReport().verdict(result) == ":white_check_mark: ci-reporter: no findings in 2 files")
    }

    @Test func markdownStaysWithinItsLimitAndSaysWhatItLeftOut() throws {
        let rule = ReportFixtures.seed.description
        let findings = (0 ..< 30_000).map { ReportFixtures.finding(rule, path: "f\($0 % 300).yaml", line: $0 + 1, name: "p\($0)") }
        let result = ScanResult(findings: findings, rules: [rule], judgedFiles: (0 ..< 300).map { "f\($0).yaml" })
        for limit in [65_536, 1 << 20] {
            var options = MarkdownReport.Options()
            options.limit = limit
            let markdown = String(decoding: MarkdownReport(options: options).render(result), as: UTF8.self)
            #expect(markdown.utf8.count <= limit)
            let shown = markdown.components(separatedBy: "\n- **medium**").count - 1
            #expect(shown > 0)
            #expect(markdown.contains("\n_\(30_000 - shown) more findings not shown: this summary is limited to \(limit) bytes;"))
        }
    }

    @Test func markdownTextCannotBreakOutOfItsPlace() {
        #expect(MarkdownText.escaped("a|b <script>`x`</script> @everyone #1 [l](u) *b* \u{0}\u{B}\n")
                == "a\\|b &lt;script&gt;\\`x\\`&lt;/script&gt; @\u{2060}everyone #\u{2060}1 \\[l\\](u) \\*b\\* \u{FFFD}\u{FFFD} ")
    }
}
