import Foundation
import Testing
import Rules
import YAML

/// Every suppression comment form, with findings kept, suppressed, and reported as unused.
/// The seed rule gives two findings per kube-apiserver container without client flags, both at
/// the container's `command` key.
@Suite struct InlineSuppressionTests {
    static let seed = Rule.kubeletClientCertificateOrKeyNotSetForTests
    static let slug = "kubelet_client_certificate_or_key_not_set"
    static let id = "36a27826-1bf5-49da-aeb0-a60a30c0e834"

    struct Outcome {
        let findings: [Finding]
        let diagnostics: [Diagnostic]

        /// Names of the containers whose findings are suppressed / kept.
        var suppressedContainers: [String] { findings.filter { $0.suppression != nil }.compactMap(\.container) }
        var keptContainers: [String] { findings.filter { $0.suppression == nil }.compactMap(\.container) }
        var justifications: Set<String> { Set(findings.compactMap { $0.suppression?.justification }) }
        var notes: [String] { diagnostics.filter { $0.severity == .note }.map(\.description) }
        var warnings: [String] { diagnostics.filter { $0.severity == .warning }.map(\.description) }
    }

    func judge(_ text: String, ran: Set<String> = [slug], reportingUnused: Bool = true) -> Outcome {
        let tree = YAMLLoader().load(path: "pods.yaml", text: text)
        #expect(tree.diagnostics.isEmpty, "\(tree.diagnostics)")
        let objects = KubernetesObject.objects(in: tree)
        var findings = Judge(rules: [Self.seed]).judge(objects, in: ScanContext(objects: objects))
        let diagnostics = InlineSuppressions(tree, knownRules: [Self.seed.description])
            .apply(to: &findings, ranRules: ran, reportingUnused: reportingUnused)
        return Outcome(findings: findings, diagnostics: diagnostics)
    }

    /// A pod with two kube-apiserver containers; `first` lines go right above the first
    /// container's `command` line (line 8 when one line is given), `trailing` after it.
    func twoAPIServers(above first: String? = nil, trailing: String = "", header: String = "") -> String {
        header + """
        apiVersion: v1
        kind: Pod
        metadata: {name: control-plane}
        spec:
          containers:
            - name: first
        \(first.map { "      \($0)\n" } ?? "")      command: [kube-apiserver]\(trailing)
            - name: second
              command: [kube-apiserver]

        """
    }

    // MARK: - KICS comments

    @Test func kicsIgnoreLineAboveTheFirstCommandSilencesOnlyTheFirstContainer() {
        let outcome = judge(twoAPIServers(above: "# kics-scan ignore-line"))
        #expect(outcome.findings.count == 4)
        #expect(outcome.suppressedContainers == ["first", "first"])
        #expect(outcome.keptContainers == ["second", "second"])
        #expect(outcome.justifications == ["# kics-scan ignore-line on line 7"])
        #expect(outcome.findings.allSatisfy { $0.suppression == nil || $0.suppression?.kind == .inSource })
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func kicsIgnoreLineCoversItsLineAndTheNextOnly() {
        // Above the container's name line: its command is one line further, so it stays.
        let text = twoAPIServers().replacingOccurrences(of: "    - name: first\n", with: "    # kics-scan ignore-line\n    - name: first\n")
        let outcome = judge(text)
        #expect(outcome.suppressedContainers.isEmpty)
        #expect(outcome.notes == ["pods.yaml:6:5: note: '# kics-scan ignore-line' suppresses no finding"])
        // Without the flag, nothing is said about it.
        #expect(judge(text, reportingUnused: false).diagnostics.isEmpty)
    }

    @Test func kicsIgnoreLineAtTheEndOfALineCoversThatLine() {
        let outcome = judge(twoAPIServers(trailing: "  # kics-scan ignore-line"))
        #expect(outcome.suppressedContainers == ["first", "first"])
        #expect(outcome.keptContainers == ["second", "second"])
    }

    @Test func kicsIgnoreBlockAboveAContainerSilencesThatContainer() {
        let text = twoAPIServers().replacingOccurrences(of: "    - name: second\n", with: "    # kics-scan ignore-block\n    - name: second\n")
        let outcome = judge(text)
        #expect(outcome.suppressedContainers == ["second", "second"])
        #expect(outcome.keptContainers == ["first", "first"])
    }

    @Test func kicsIgnoreBlockAboveTheFirstKeyOfAMappingSilencesThatEntryOnly() {
        // KICS's users report the comment taking the whole parent here; it annotates the entry.
        let text = """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Pod
                metadata: {name: a}
                spec:
                  # kics-scan ignore-block
                  containers: [{name: first, command: [kube-apiserver]}]
              - apiVersion: v1
                kind: Pod
                metadata: {name: b}
                spec:
                  containers: [{name: second, command: [kube-apiserver]}]

            """
        let outcome = judge(text)
        #expect(outcome.suppressedContainers == ["first", "first"])
        #expect(outcome.keptContainers == ["second", "second"])
    }

    @Test func kicsIgnoreBlockAfterTheDocumentMarkerSilencesTheDocument() {
        let outcome = judge("---\n# kics-scan ignore-block\n" + twoAPIServers() + "---\n" + twoAPIServers())
        #expect(outcome.findings.count == 8)
        #expect(outcome.findings.filter { $0.suppression != nil }.allSatisfy { $0.location.start.line < 13 })
        #expect(outcome.suppressedContainers.count == 4)
        #expect(outcome.keptContainers.count == 4)
    }

    @Test func kicsIgnoreAtTheTopSilencesTheFileAndAfterALaterMarkerItsDocument() {
        let whole = judge("# Control plane pods\n---\n# kics-scan ignore\n" + twoAPIServers() + "---\n" + twoAPIServers())
        #expect(whole.findings.count == 8)
        #expect(whole.findings.allSatisfy { $0.suppression != nil })

        let second = judge(twoAPIServers() + "---\n# kics-scan ignore\n" + twoAPIServers())
        #expect(second.findings.prefix(4).allSatisfy { $0.suppression == nil })
        #expect(second.findings.suffix(4).allSatisfy { $0.suppression != nil })
    }

    @Test func fileCommandsBelowContentDoNothingAndSaySo() {
        let text = twoAPIServers(above: "# kics-scan ignore")
        let outcome = judge(text)
        #expect(outcome.suppressedContainers.isEmpty)
        #expect(outcome.notes == ["pods.yaml:7:7: note: '# kics-scan ignore' has no effect: it acts only on a line of its own at the top of a file, or of a document after its '---' line"])
    }

    @Test func kicsDisableAndEnableSelectQueriesByID() {
        let disabled = judge(twoAPIServers(header: "# kics-scan disable=\(Self.id)\n"))
        #expect(disabled.findings.allSatisfy { $0.suppression != nil })
        #expect(disabled.diagnostics.isEmpty)

        let otherDisabled = judge(twoAPIServers(header: "# kics-scan disable=00000000-0000-0000-0000-000000000000\n"))
        #expect(otherDisabled.findings.allSatisfy { $0.suppression == nil })
        #expect(otherDisabled.notes == ["pods.yaml:1:1: note: '# kics-scan disable=00000000-0000-0000-0000-000000000000': no rule ci-reporter knows has the id or slug '00000000-0000-0000-0000-000000000000'"])

        // enable= keeps only the queries it lists: ours is not listed, so it is silenced.
        let otherEnabled = judge(twoAPIServers(header: "# kics-scan enable=00000000-0000-0000-0000-000000000000\n"))
        #expect(otherEnabled.findings.allSatisfy { $0.suppression != nil })

        let enabled = judge(twoAPIServers(header: "# kics-scan enable=\(Self.id)\n"))
        #expect(enabled.findings.allSatisfy { $0.suppression == nil })
        #expect(enabled.notes == ["pods.yaml:1:1: note: '# kics-scan enable=\(Self.id)' suppresses no finding"])
    }

    @Test func enableComesBeforeDisableAsInKICS() {
        let outcome = judge(twoAPIServers(header: "# kics-scan enable=\(Self.id)\n# kics-scan disable=\(Self.id)\n"))
        #expect(outcome.findings.allSatisfy { $0.suppression == nil })
        #expect(outcome.notes.contains("pods.yaml:2:1: note: '# kics-scan disable=\(Self.id)' has no effect: an 'enable=' comment of the same header comes first in KICS's order"))
    }

    @Test func anUnknownKICSCommandIsANoteNotAWarning() {
        let outcome = judge(twoAPIServers(above: "# kics-scan ignore-lines"))
        #expect(outcome.suppressedContainers.isEmpty)
        #expect(outcome.warnings.isEmpty)
        #expect(outcome.notes == ["pods.yaml:7:7: note: '# kics-scan ignore-lines' has no effect: has the unknown kics-scan command 'ignore-lines'; did you mean 'ignore-line'?"])
    }

    // MARK: - Our comments

    @Test func ourIgnoreAboveTheFirstCommandCarriesItsReason() {
        let outcome = judge(twoAPIServers(above: "# ci-reporter:ignore \(Self.slug) -- the kubelets are reached through a proxy"))
        #expect(outcome.suppressedContainers == ["first", "first"])
        #expect(outcome.keptContainers == ["second", "second"])
        #expect(outcome.justifications == ["the kubelets are reached through a proxy"])
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func ourIgnoreAtTheEndOfALineAndByIDWorksToo() {
        let outcome = judge(twoAPIServers(trailing: "  # ci-reporter:ignore \(Self.id) -- lab cluster"))
        #expect(outcome.suppressedContainers == ["first", "first"])
        #expect(outcome.justifications == ["lab cluster"])
    }

    @Test func ourIgnoreAtTheEndOfAnItemLineCoversTheWholeItem() {
        let text = twoAPIServers().replacingOccurrences(of: "- name: second\n", with: "- name: second  # ci-reporter:ignore \(Self.slug) -- sandbox\n")
        let outcome = judge(text)
        #expect(outcome.suppressedContainers == ["second", "second"])
        #expect(outcome.keptContainers == ["first", "first"])
    }

    @Test func ourIgnoreNamingAnotherRuleKeepsTheFindings() {
        let outcome = judge(twoAPIServers(above: "# ci-reporter:ignore kubelet_client_certificate_or_key_not_sett -- typo"))
        #expect(outcome.suppressedContainers.isEmpty)
        #expect(outcome.warnings == ["pods.yaml:7:7: warning: '# ci-reporter:ignore kubelet_client_certificate_or_key_not_sett -- typo' names the unknown rule 'kubelet_client_certificate_or_key_not_sett'; did you mean 'kubelet_client_certificate_or_key_not_set'?"])
        // The warning is given even without --report-unused-suppressions.
        #expect(judge(twoAPIServers(above: "# ci-reporter:ignore nope -- x"), reportingUnused: false).warnings.count == 1)
    }

    @Test func ourIgnoreOfARuleThatDidNotRunIsNotHeldAgainstIt() {
        let outcome = judge(twoAPIServers(above: "# ci-reporter:ignore \(Self.slug) -- proxy"), ran: [])
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func ourIgnoreThatSilencesNothingIsReported() {
        let text = twoAPIServers().replacingOccurrences(of: "metadata: {name: control-plane}", with: "# ci-reporter:ignore \(Self.slug) -- not needed\nmetadata: {name: control-plane}")
        let outcome = judge(text)
        #expect(outcome.suppressedContainers.isEmpty)
        #expect(outcome.notes == ["pods.yaml:3:1: note: '# ci-reporter:ignore \(Self.slug) -- not needed' suppresses no finding of \(Self.slug)"])
    }

    @Test func ourCommentsWithoutReasonOrWithATypoAreWarnings() {
        let noReason = judge(twoAPIServers(above: "# ci-reporter:ignore \(Self.slug)"))
        #expect(noReason.suppressedContainers == ["first", "first"])
        #expect(noReason.warnings == ["pods.yaml:7:7: warning: '# ci-reporter:ignore \(Self.slug)' gives no reason: add ' -- <why this is accepted>' so that it stays visible"])

        let typo = judge(twoAPIServers(above: "# ci-reporter:ignor \(Self.slug) -- x"))
        #expect(typo.suppressedContainers.isEmpty)
        #expect(typo.warnings == ["pods.yaml:7:7: warning: '# ci-reporter:ignor \(Self.slug) -- x' has the unknown command 'ci-reporter:ignor'; did you mean 'ci-reporter:ignore'?"])
        #expect(typo.notes.isEmpty)
    }

    @Test func ourIgnoreFileAtTheTop() {
        let outcome = judge(twoAPIServers(header: "# ci-reporter:ignore-file \(Self.slug) -- kubeadm test fixtures\n"))
        #expect(outcome.findings.count == 4)
        #expect(outcome.justifications == ["kubeadm test fixtures"])
        #expect(outcome.findings.allSatisfy { $0.suppression != nil })
    }

    @Test(arguments: [
        ("# kics-scan ignore", "'# kics-scan ignore' suppresses no finding"),
        ("# kics-scan ignore-line", "'# kics-scan ignore-line' suppresses no finding"),
        ("# kics-scan ignore-block", "'# kics-scan ignore-block' suppresses no finding"),
        ("# kics-scan disable=\(id)", "'# kics-scan disable=\(id)' suppresses no finding of \(slug)"),
        ("# kics-scan enable=\(id)", "'# kics-scan enable=\(id)' suppresses no finding"),
        ("# ci-reporter:ignore \(slug) -- r", "'# ci-reporter:ignore \(slug) -- r' suppresses no finding of \(slug)"),
        ("# ci-reporter:ignore-file \(slug) -- r", "'# ci-reporter:ignore-file \(slug) -- r' suppresses no finding of \(slug)"),
    ])
    func everyFormThatSilencesNothingIsReported(comment: String, note: String) {
        let outcome = judge(comment + "\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n")
        #expect(outcome.findings.isEmpty)
        #expect(outcome.notes == ["pods.yaml:1:1: note: " + note])
        #expect(judge(comment + "\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n", reportingUnused: false).diagnostics.isEmpty)
    }

    /// Points at the pod's `metadata`, about each container, as annotation-based rules do.
    static let pointsAtMetadata = Rule(RuleDescription(
        id: "00000000-0000-4000-8000-000000000001", slug: "test_points_at_metadata", name: "Test", severity: .low,
        category: "Test", summary: "Test.", help: "**Fix:** none.", nonTriggeringExamples: [], triggeringExamples: []
    )) { object, findings in
        guard let metadata = object.node.entry("metadata")?.key else { return }
        for container in object.containers() {
            findings.add("\(container.displayName) lacks an annotation.", at: metadata, scope: container.node, object: object, container: container)
        }
    }

    @Test func aCommentAnnotatingAContainerCoversFindingsAboutItWhereverTheyPoint() {
        let text = twoAPIServers().replacingOccurrences(of: "    - name: second\n", with: "    # ci-reporter:ignore test_points_at_metadata -- sandbox\n    - name: second\n")
        let tree = YAMLLoader().load(path: "pods.yaml", text: text)
        let objects = KubernetesObject.objects(in: tree)
        var findings = Judge(rules: [Self.pointsAtMetadata]).judge(objects, in: ScanContext(objects: objects))
        let diagnostics = InlineSuppressions(tree, knownRules: [Self.pointsAtMetadata.description])
            .apply(to: &findings, ranRules: ["test_points_at_metadata"], reportingUnused: true)
        #expect(findings.map(\.location.start.line) == [3, 3])
        #expect(findings.map { $0.suppression != nil } == [false, true])
        #expect(findings.last?.container == "second")
        #expect(diagnostics.isEmpty)
    }

    // MARK: - Where comments are found

    @Test func aHashInsideAQuotedOrBlockScalarIsNoComment() {
        let text = """
            # Only text below mentions the commands.
            apiVersion: v1
            kind: Pod
            metadata:
              name: control-plane
              annotations:
                quoted: "see # kics-scan ignore"
                single: 'x # ci-reporter:ignore-file \(Self.slug) -- no'
                block: |
                  # kics-scan ignore-line
                  # ci-reporter:ignore \(Self.slug) -- no
            spec:
              containers:
                - name: first
                  command: [kube-apiserver]

            """
        let outcome = judge(text)
        #expect(outcome.findings.count == 2)
        #expect(outcome.suppressedContainers.isEmpty)
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func commentsWorkInsideFlowCollectionsLines() {
        let text = """
            apiVersion: v1
            kind: Pod
            metadata: {name: control-plane}
            spec:
              containers: [
                # kics-scan ignore-line
                {name: first, command: [kube-apiserver]},
                {name: second, command: [kube-apiserver]}  # ci-reporter:ignore \(Self.slug) -- sandbox
              ]

            """
        let outcome = judge(text)
        #expect(outcome.findings.count == 4)
        #expect(outcome.findings.allSatisfy { $0.suppression != nil })
        #expect(outcome.findings.filter { $0.container == "second" }.allSatisfy { $0.suppression?.justification == "sandbox" })
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func commentsWorkNextToBlockScalars() {
        let text = """
            apiVersion: v1
            kind: Pod
            metadata: {name: control-plane}
            spec:
              containers:
                - name: first
                  # ci-reporter:ignore \(Self.slug) -- wrapped in a shell
                  command:
                    - /bin/sh
                    - -c
                    - |  # a header comment is a comment
                      # part of the script, not a comment
                      exec kube-apiserver --secure-port=6443
                - name: second
                  command:
                    - /bin/sh
                    - -c
                    - >-  # kics-scan ignore-line
                      exec kube-apiserver
                - name: third
                  command: [kube-apiserver]

            """
        let outcome = judge(text)
        #expect(outcome.findings.count == 6)
        #expect(outcome.suppressedContainers == ["first", "first"])
        // The trailing ignore-line covers line 18 only; the second's findings point at line 15.
        #expect(outcome.keptContainers == ["second", "second", "third", "third"])
        #expect(outcome.notes == ["pods.yaml:18:15: note: '# kics-scan ignore-line' suppresses no finding"])
    }

    @Test func commentsWorkAfterEveryDocumentMarker() {
        let document = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
                # kics-scan ignore-block
                - name: first
                  command: [kube-apiserver]
                - name: second
                  command: [kube-apiserver]

            """
        let outcome = judge(document + "---\n" + document + "---\n" + document)
        #expect(outcome.findings.count == 12)
        #expect(outcome.suppressedContainers == Array(repeating: "first", count: 6))
    }

    @Test func aliasesAreAnnotatedWhereTheyStand() {
        let text = """
            apiVersion: v1
            kind: Pod
            metadata: {name: control-plane}
            x-command: &apiserver [kube-apiserver]
            spec:
              containers:
                - name: first
                  command: *apiserver  # ci-reporter:ignore \(Self.slug) -- shared command
                - name: second
                  command: *apiserver

            """
        let outcome = judge(text)
        #expect(outcome.suppressedContainers == ["first", "first"])
        #expect(outcome.keptContainers == ["second", "second"])
    }

    @Test func layoutFindsCommentsWithTheirColumns() {
        let text = "\u{FEFF}# top\r\nkey: \"a # b\" # c\r\nlist: [x, # d\r\n  y]\r\nplain: a#b\r\n"
        let layout = SourceLayout(YAMLLoader().load(path: "x.yaml", text: text))
        #expect(layout.comments.map(\.text) == ["top", "c", "d"])
        #expect(layout.comments.map(\.position) == [Position(line: 1, column: 1), Position(line: 2, column: 14), Position(line: 3, column: 11)])
        #expect(layout.comments.map(\.isTrailing) == [false, true, true])
        #expect(layout.lines == [.comment, .content, .content, .content, .content, .blank])
    }
}

extension Rule {
    /// The seed rule, by slug, so that these tests do not depend on the rest of the catalog.
    static var kubeletClientCertificateOrKeyNotSetForTests: Rule {
        Catalog.rule("kubelet_client_certificate_or_key_not_set")!
    }
}
