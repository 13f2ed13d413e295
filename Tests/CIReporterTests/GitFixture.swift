import Foundation
import Testing

/// A real git repository in a temporary folder, driven with the git command line.
final class GitFixture {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init(branch: String = "main") throws {
        folder = try TemporaryFolder()
        try git("init", "-q", "-b", branch)
        try git("config", "user.email", "dev@example.com")
        try git("config", "user.name", "Dev")
        try git("config", "commit.gpgsign", "false")
    }

    /// Runs git in the repository and returns its standard output, trimmed.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try git(arguments)
    }

    @discardableResult
    func git(_ arguments: [String], in folder: URL? = nil) throws -> String {
        let output = try runProcess("/usr/bin/env", ["git"] + arguments, in: folder ?? url, environment: GitFixture.cleanEnvironment)
        guard output.status == 0 else {
            throw TestFailure("git \(arguments.joined(separator: " ")) failed: \(output.stderr)")
        }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func write(_ path: String, _ text: String) throws {
        try folder.write(path, text)
    }

    /// Stages everything and commits; returns the new commit's SHA.
    @discardableResult
    func commit(_ message: String) throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
        return try git("rev-parse", "HEAD")
    }

    /// Runs ci-reporter in the repository with only the environment given (plus PATH and HOME).
    /// These tests are about git, so `scan` and `diff` judge with the seed rule alone unless
    /// `allRules`: what the catalog holds besides does not change what they show.
    func ciReporter(_ arguments: [String], environment: [String: String] = [:], allRules: Bool = false) throws -> ProcessOutput {
        let chosen = !allRules && ["scan", "diff"].contains(arguments.first ?? "") ? arguments + ["--rule", seedRule] : arguments
        return try CIReporterTests.ciReporter(chosen, in: url, environment: GitFixture.cleanEnvironment.merging(environment) { $1 })
    }

    /// No CI variables of the machine running the tests leak into the runs.
    static let cleanEnvironment: [String: String] = {
        let inherited = ProcessInfo.processInfo.environment
        var environment = ["GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1"]
        for key in ["PATH", "HOME", "TMPDIR", "LANG"] { environment[key] = inherited[key] }
        return environment
    }()
}

/// The rule the command-line and git tests judge with.
let seedRule = "kubelet_client_certificate_or_key_not_set"

/// A pod that runs kube-apiserver with the given extra lines under `args:`.
func apiserverPod(name: String = "apiserver", args: [String]) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata: {name: \(name)}
    spec:
      containers:
        - name: apiserver
          command: [kube-apiserver]
          args:
    \(args.map { "        - \($0)" }.joined(separator: "\n"))

    """
}

extension ProcessOutput {
    /// The findings lines of the text output.
    var findingLines: [String] {
        stdout.split(separator: "\n").map(String.init).filter { $0.contains(": medium: ") || $0.contains(": high: ") || $0.contains(": low: ") }
    }
}
