import CIReporter
import Foundation
import Rules
import Testing
import YAML

/// Every key of `.ci-reporter.yml`, read with our YAML loader, and every kind of mistake in it.
@Suite struct ConfigurationTests {
    static let slug = "kubelet_client_certificate_or_key_not_set"
    static let id = "36a27826-1bf5-49da-aeb0-a60a30c0e834"

    func read(_ text: String) throws -> Configuration {
        try Configuration.read(path: ".ci-reporter.yml", bytes: Array(text.utf8))
    }

    /// The problems of a file that does not read, as printed.
    func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch let error as ConfigurationError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    static let everyKey = """
        # Every key, each set away from its default.
        include: ["k8s/**/*.yaml", "*.yml"]
        exclude: [k8s/vendor/**]
        rules:
          enable: [Secret Management, \(id)]
          disable: [low]
        severity:
          \(slug): high
        fail-on: high
        filter: added
        outputs:
          sarif: reports/ci-reporter.sarif
          junit: reports/junit.xml
          markdown: reports/summary.md
        markdown-limit: 65536
        report-unused-suppressions: true
        ignore:
          - paths: ["legacy/**"]
            rules: [\(slug)]
            reason: "Replaced by the managed control plane in Q3"

        """

    @Test func everyKeyIsRead() throws {
        let configuration = try read(Self.everyKey)
        #expect(configuration.path == ".ci-reporter.yml")
        #expect(configuration.include == ["k8s/**/*.yaml", "*.yml"])
        #expect(configuration.exclude == ["k8s/vendor/**"])
        #expect(configuration.enable?.map(\.kind) == [.category("Secret Management"), .rule(slug: Self.slug)])
        #expect(configuration.disable.map(\.kind) == [.severity(.low)])
        #expect(configuration.severities == [Self.slug: .high])
        #expect(configuration.failOn == .atLeast(.high))
        #expect(configuration.filter == .added)
        #expect(configuration.outputs == .init(sarif: "reports/ci-reporter.sarif", junit: "reports/junit.xml", markdown: "reports/summary.md"))
        #expect(configuration.markdownLimit == 65536)
        #expect(configuration.reportUnusedSuppressions == true)
        #expect(configuration.ignores.count == 1)
        #expect(configuration.ignores.first?.paths == ["legacy/**"])
        #expect(configuration.ignores.first?.reason == "Replaced by the managed control plane in Q3")
        #expect(configuration.ignores.first?.position == Position(line: 18, column: 5))

        let rules = configuration.selectedRules()
        #expect(rules.first { $0.description.slug == Self.slug }?.description.severity == .high)
        #expect(rules.allSatisfy { $0.description.category == "Secret Management" || $0.description.slug == Self.slug })
        #expect(rules.allSatisfy { $0.description.severity != .low })
        #expect(configuration.pathFilter.accepts("k8s/apps/web.yaml"))
        #expect(!configuration.pathFilter.accepts("k8s/vendor/chart.yaml"))
        #expect(!configuration.pathFilter.accepts("k8s/apps/web.json"))
    }

    @Test func anEmptyFileOrOnlyCommentsIsTheDefaults() throws {
        for text in ["", "# nothing yet\n", "---\n"] {
            let configuration = try read(text)
            #expect(configuration.include == PathFilter.defaultIncludes)
            #expect(configuration.enable == nil)
            #expect(configuration.failOn == nil)
            #expect(configuration.selectedRules().count == Catalog.rules.count)
        }
    }

    func slugs(_ text: String) throws -> Set<String> {
        Set(try read(text).selectedRules().map(\.description.slug))
    }

    func catalogSlugs(where keep: (RuleDescription) -> Bool) -> Set<String> {
        Set(Catalog.rules.map(\.description).filter(keep).map(\.slug))
    }

    @Test func rulesAreSelectedBySlugIDCategoryOrSeverity() throws {
        #expect(try slugs("rules:\n  enable: [\(Self.slug)]\n") == [Self.slug])
        #expect(try slugs("rules:\n  enable: [\(Self.id)]\n") == [Self.slug])
        #expect(try slugs("rules:\n  enable: [secret management]\n") == catalogSlugs { $0.category == "Secret Management" })
        #expect(try slugs("rules:\n  enable: [MEDIUM]\n") == catalogSlugs { $0.severity == .medium })
        #expect(try slugs("rules:\n  enable: [MEDIUM]\n").contains(Self.slug))
        #expect(try slugs("rules:\n  enable: []\n").isEmpty)
        #expect(try slugs("rules:\n  enable: [high, low]\n") == catalogSlugs { $0.severity == .high || $0.severity == .low })
    }

    @Test func disableTakesOutOfWhatEnableSelected() throws {
        #expect(try slugs("rules:\n  disable: [medium]\n") == catalogSlugs { $0.severity != .medium })
        #expect(try slugs("rules:\n  enable: [medium]\n  disable: [\(Self.slug)]\n") == catalogSlugs { $0.severity == .medium && $0.slug != Self.slug })
        #expect(try slugs("rules:\n  disable: [high]\n").contains(Self.slug))
    }

    @Test func aTypoInAKeyPointsAtItAndSuggestsTheRightWord() {
        #expect(problems("include: [\"*.yaml\"]\nexlude: [charts/**]\n")
                == [".ci-reporter.yml:2:1: error: unknown key 'exlude'; did you mean 'exclude'?"])
        #expect(problems("rules:\n  enabled: [medium]\n")
                == [".ci-reporter.yml:2:3: error: unknown key 'enabled' in 'rules'; did you mean 'enable'?"])
        #expect(problems("colour: red\n")
                == [".ci-reporter.yml:1:1: error: unknown key 'colour'; the keys are include, exclude, rules, severity, fail-on, filter, outputs, markdown-limit, report-unused-suppressions, ignore"])
    }

    @Test func anUnknownRuleNamePointsAtItAndSuggestsTheRightOne() {
        #expect(problems("rules:\n  disable: [kubelet-client-certificate-or-key-not-set]\n")
                == [".ci-reporter.yml:2:13: error: unknown rule 'kubelet-client-certificate-or-key-not-set'; did you mean 'kubelet_client_certificate_or_key_not_set'?"])
        #expect(problems("rules:\n  enable:\n    - Secret Managment\n")
                == [".ci-reporter.yml:3:7: error: unknown rule 'Secret Managment'; did you mean 'Secret Management'?"])
        #expect(problems("severity:\n  kubelet_client_certificate_or_key_not_sett: low\n")
                == [".ci-reporter.yml:2:3: error: unknown rule 'kubelet_client_certificate_or_key_not_sett' in 'severity'; did you mean 'kubelet_client_certificate_or_key_not_set'?"])
        #expect(problems("rules: {enable: [privileged]}\n")
                == [".ci-reporter.yml:1:18: error: unknown rule 'privileged'; name a rule by its slug or id, a category or a severity ('ci-reporter rules' lists them)"])
    }

    @Test func valuesOfTheWrongTypeAreErrorsAtTheValue() {
        #expect(problems("include: {yaml: true}\n") == [".ci-reporter.yml:1:10: error: include takes a list, not a mapping"])
        #expect(problems("exclude: [[a, b]]\n") == [".ci-reporter.yml:1:11: error: the items of exclude are words, not a list"])
        #expect(problems("fail-on: severe\n") == [".ci-reporter.yml:1:10: error: fail-on takes high, medium, low, info or none, not 'severe'"])
        #expect(problems("filter: touch\n") == [".ci-reporter.yml:1:9: error: filter takes added, touched, file, all, not 'touch'; did you mean 'touched'?"])
        #expect(problems("outputs: reports/\n") == [".ci-reporter.yml:1:10: error: 'outputs' takes a mapping of settings, not 'reports/'"])
        #expect(problems("outputs: {html: x.html}\n") == [".ci-reporter.yml:1:11: error: unknown key 'html' in 'outputs'; the keys are sarif, junit, markdown"])
        #expect(problems("markdown-limit: lots\n") == [".ci-reporter.yml:1:17: error: markdown-limit takes a number of bytes of at least 4096, not 'lots'"])
        #expect(problems("markdown-limit: 100\n") == [".ci-reporter.yml:1:17: error: markdown-limit takes a number of bytes of at least 4096, not '100'"])
        #expect(problems("report-unused-suppressions: \"true\"\n") == [".ci-reporter.yml:1:29: error: report-unused-suppressions takes true or false, not 'true'"])
        #expect(problems("severity:\n  \(Self.slug): critical\n") == [".ci-reporter.yml:2:46: error: a severity is high, medium, low or info, not 'critical'"])
        #expect(problems("- include\n") == [".ci-reporter.yml:1:1: error: a configuration file holds a mapping of settings, not a list"])
    }

    @Test func ignoreEntriesNeedPathsRulesAndAReason() {
        #expect(problems("ignore:\n  - paths: [legacy/**]\n    rules: [\(Self.slug)]\n")
                == [".ci-reporter.yml:2:5: error: this ignore entry has no 'reason': say why these findings are accepted"])
        #expect(problems("ignore:\n  - paths: []\n    rules: [medium]\n    reason: old\n")
                == [".ci-reporter.yml:2:5: error: ignore.paths lists no path"])
        #expect(problems("ignore:\n  - path: [legacy/**]\n    rules: [medium]\n    reason: old\n")
                == [".ci-reporter.yml:2:5: error: unknown key 'path' in 'ignore'; did you mean 'paths'?",
                    ".ci-reporter.yml:2:5: error: this ignore entry has no 'paths'"])
        #expect(problems("ignore: {paths: [a]}\n")
                == [".ci-reporter.yml:1:9: error: ignore takes a list of entries with paths, rules and reason, not a mapping"])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = problems("exlude: [a]\nfail-on: never\nrules:\n  disable: [nope]\nexclude: [b]\nexclude: [c]\n")
        #expect(found == [
            ".ci-reporter.yml:1:1: error: unknown key 'exlude'; did you mean 'exclude'?",
            ".ci-reporter.yml:2:10: error: fail-on takes high, medium, low, info or none, not 'never'",
            ".ci-reporter.yml:4:13: error: unknown rule 'nope'; name a rule by its slug or id, a category or a severity ('ci-reporter rules' lists them)",
            ".ci-reporter.yml:6:1: error: 'exclude' is given twice (first at 5:1)",
        ])
    }

    @Test func brokenYAMLAndSeveralDocumentsAreErrors() {
        let broken = problems("include: [\"*.yaml\"\nexclude: []\n")
        #expect(broken.count == 1)
        #expect(broken.first?.hasPrefix(".ci-reporter.yml:2:") == true)
        #expect(problems("fail-on: high\n---\nfail-on: low\n") == [".ci-reporter.yml:3:1: error: a configuration file holds one YAML document, not 2"])
    }

    @Test func thePrintedConfigurationReadsBackTheSame() throws {
        let configuration = try read(Self.everyKey)
        let printed = configuration.printed()
        #expect(printed.hasPrefix("# ci-reporter configuration: .ci-reporter.yml, with the command line applied\n"))
        #expect(printed.contains("\n# Rules that run: \(configuration.selectedRules().count) of \(Catalog.rules.count)\n"))
        #expect(printed.contains("\n#   high    \(Self.slug)\n"))
        let again = try Configuration.read(path: ".ci-reporter.yml", bytes: Array(printed.utf8))
        #expect(again.printed() == printed)

        let defaults = Configuration().printed()
        #expect(defaults.contains("fail-on: info\nfilter: touched\n"))
        // Past its first line (which names the file), the defaults read back the same too.
        func body(_ text: String) -> Substring { text.drop { $0 != "\n" } }
        #expect(body(try Configuration.read(path: "x.yml", bytes: Array(defaults.utf8)).printed()) == body(defaults))
    }

    @Test func quotingKeepsAwkwardWordsIntact() throws {
        var configuration = Configuration()
        configuration.exclude = ["*.tmp.yaml", "true", "a b/#c", "say \"hi\"\\now", "012"]
        let printed = configuration.printed()
        #expect(try Configuration.read(path: "x.yml", bytes: Array(printed.utf8)).exclude == configuration.exclude)
    }

    // MARK: - A scan with the configuration

    static let pods = """
        apiVersion: v1
        kind: Pod
        metadata: {name: control-plane}
        spec:
          containers:
            - name: apiserver
              command: [kube-apiserver]

        """

    func scan(_ configuration: Configuration, files: [String: String]) -> ScanResult {
        var scanner = Scanner(rules: configuration.selectedRules())
        scanner.suppressions = configuration.suppressionOptions
        let sources = files.sorted { $0.key < $1.key }.map { SourceFile(path: $0.key, bytes: Array($0.value.utf8)) }
        return scanner.scan(sources)
    }

    @Test func severityOverridesGradeFindingsAndRules() throws {
        let result = scan(try read("rules: {enable: [\(Self.slug)]}\nseverity: {\(Self.id): low}\n"), files: ["pod.yaml": Self.pods])
        #expect(result.findings.map(\.severity) == [.low, .low])
        #expect(result.rules.map(\.severity) == [.low])
        #expect(!result.hasFinding(atLeast: .medium))
    }

    @Test func ignoreEntriesSuppressByPathWithTheirReasonAndSayWhenUnused() throws {
        let configuration = try read("""
            report-unused-suppressions: true
            rules: {enable: [\(Self.slug)]}
            ignore:
              - paths: ["legacy/**"]
                rules: [\(Self.slug)]
                reason: Replaced in Q3
              - paths: ["nowhere/**"]
                rules: [medium]
                reason: Nothing there

            """)
        let result = scan(configuration, files: ["legacy/pod.yaml": Self.pods, "apps/pod.yaml": Self.pods])
        let legacy = result.findings.filter { $0.path == "legacy/pod.yaml" }
        #expect(legacy.count == 2)
        #expect(legacy.allSatisfy { $0.suppression == Suppression(kind: .external, justification: "Replaced in Q3") })
        #expect(result.findings.filter { $0.path == "apps/pod.yaml" }.allSatisfy { $0.suppression == nil })
        #expect(result.diagnostics.map(\.description)
                == [".ci-reporter.yml:7:5: note: the ignore entry for medium in nowhere/** suppresses no finding"])
    }

    @Test func aCommentWinsOverAnIgnoreEntryForTheJustification() throws {
        let configuration = try read("rules: {enable: [\(Self.slug)]}\nignore:\n  - {paths: ['*.yaml'], rules: [medium], reason: from the file}\n")
        let commented = Self.pods.replacingOccurrences(of: "      command:", with: "      # ci-reporter:ignore \(Self.slug) -- from the comment\n      command:")
        let result = scan(configuration, files: ["pod.yaml": commented])
        #expect(result.findings.map(\.suppression) == Array(repeating: Suppression(kind: .inSource, justification: "from the comment"), count: 2))
    }
}
