import Foundation
import Testing

@Suite struct CLITests {
    static let seedFixtures = PackagePaths.conformance.appendingPathComponent("kubelet_client_certificate_or_key_not_set")

    @Test(.enabled(if: PackagePaths.sharedAvailable, PackagePaths.sharedAbsent),
          arguments: [("positive1.yaml", 2), ("positive2.yaml", 1), ("positive3.yaml", 1)])
    func seedNonCompliantPodsFailOnTheCommandLine(file: String, count: Int) throws {
        let output = try ciReporter(["scan", Self.seedFixtures.appendingPathComponent(file).path, "--rule", seedRule])
        #expect(output.status == 1)
        let findings = output.stdout.split(separator: "\n").filter { $0.contains(": medium: kubelet_client_certificate_or_key_not_set:") }
        #expect(findings.count == count)
        #expect(findings.allSatisfy { $0.contains("/\(file):11:7: ") })
    }

    @Test(.enabled(if: PackagePaths.sharedAvailable, PackagePaths.sharedAbsent),
          arguments: ["negative1.yaml", "negative2.yaml"])
    func seedCompliantPodsPass(file: String) throws {
        let output = try ciReporter(["scan", Self.seedFixtures.appendingPathComponent(file).path, "--rule", seedRule])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("No findings in 1 file, 1 object."))
    }

    @Test func badFilesAreReportedAndTheRestIsJudged() throws {
        let folder = try TemporaryFolder()
        var laughs = "l0: &l0 [\"lol\"]\n"
        for level in 1 ... 30 {
            laughs += "l\(level): &l\(level) [\(Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", "))]\n"
        }
        try folder.write("laughs.yaml", laughs)
        try folder.write("deep.yaml", String(repeating: "[", count: 100_000))
        try folder.write("empty.yaml", "")
        var state: UInt64 = 7
        try folder.write("random.yaml", bytes: (0 ..< 4096).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        })
        try folder.write("latin1.yaml", bytes: Array("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf".utf8) + [0xE9] + Array("}\n".utf8))
        try folder.write("pod.yaml", """
            apiVersion: v1
            kind: Pod
            metadata: {name: apiserver}
            spec:
              containers:
                - name: apiserver
                  command: [kube-apiserver, --kubelet-client-key=/k.key]
            """)

        let output = try ciReporter(["scan", "."], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stdout.contains("pod.yaml:7:7: medium: kubelet_client_certificate_or_key_not_set: Pod 'apiserver' container 'apiserver' runs kube-apiserver without --kubelet-client-certificate."))
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("deep.yaml:1:257: error: nesting deeper than 256 levels") })
        #expect(lines.contains { $0.hasPrefix("empty.yaml: note: ") })
        #expect(lines.contains { $0.hasPrefix("random.yaml:") && $0.contains(": error: ") })
        #expect(lines.contains { $0.hasPrefix("latin1.yaml:3:21: error: invalid trailing UTF-8 octet") })
        #expect(!lines.contains { $0.hasPrefix("laughs.yaml") })
        let peak = try ciReporterPeakMemory(["scan", "."], in: folder.url) ?? output.peakMemory
        #expect(peak < 200 << 20, "peak memory \(peak >> 20) MB")
    }

    @Test func usageErrorsExitTwoWithAHint() throws {
        let unknownOption = try ciReporter(["scan", "--sarf", "x.sarif"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("unknown option --sarf (did you mean --sarif?)"))
        let unknownCommand = try ciReporter(["scna"])
        #expect(unknownCommand.status == 2)
        #expect(unknownCommand.stderr.contains("Did you mean 'scan'?"))
        let badThreshold = try ciReporter(["scan", "--fail-on", "severe"])
        #expect(badThreshold.status == 2)
        #expect(badThreshold.stderr.contains("--fail-on takes high, medium, low, info or none, not 'severe'"))
    }

    @Test func aMissingPathExitsTwoAfterJudgingTheRest() throws {
        let folder = try TemporaryFolder()
        try folder.write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, command: [kube-apiserver]}]}\n")
        let output = try ciReporter(["scan", "pod.yaml", "missing.yaml", "--rule", seedRule], in: folder.url)
        #expect(output.status == 2)
        #expect(output.stderr.contains("missing.yaml: error: no such file or folder"))
        #expect(output.stdout.contains("2 findings (2 medium) in 1 file, 1 object; 1 file could not be fully read."))
    }

    @Test func failOnFollowsTheThreshold() throws {
        let folder = try TemporaryFolder()
        try folder.write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, command: [kube-apiserver]}]}\n")
        #expect(try ciReporter(["scan", "--fail-on", "high", "--rule", seedRule], in: folder.url).status == 0)
        #expect(try ciReporter(["scan", "--fail-on=medium", "--rule", seedRule], in: folder.url).status == 1)
        #expect(try ciReporter(["scan", "--fail-on", "none"], in: folder.url).status == 0)
        let unknownRule = try ciReporter(["scan", "--rule", "kubelet_client_certificate_or_key_not_se"], in: folder.url)
        #expect(unknownRule.status == 2)
        #expect(unknownRule.stderr.contains("--rule: no rule is named 'kubelet_client_certificate_or_key_not_se' (did you mean kubelet_client_certificate_or_key_not_set?)"))
    }

    @Test func helpAndVersion() throws {
        let help = try ciReporter(["help", "scan"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--fail-on LEVEL"))
        #expect(try ciReporter(["scan", "--help"]).stdout == help.stdout)
        let version = try ciReporter(["--version"])
        #expect(version.stdout.hasPrefix("ci-reporter 0.1.0 (libgit2 "))
        let rules = try ciReporter(["rules"])
        let seedLine = try #require(rules.stdout.split(separator: "\n").first { $0.contains(" kubelet_client_certificate_or_key_not_set ") })
        #expect(seedLine.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == "medium kubelet_client_certificate_or_key_not_set 36a27826-1bf5-49da-aeb0-a60a30c0e834 Secret Management")
    }
}
