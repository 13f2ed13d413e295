import CIReporter
import Foundation
import Rules
import Testing
import YAML

/// Loading and judging run on several threads; what comes out must not depend on how many.
@Suite struct ParallelScanTests {
    /// A few hundred manifests of different kinds and sizes: most with findings, some clean,
    /// some with suppression comments, one that does not parse, one with an encoding error.
    static func writeCorpus(into folder: TemporaryFolder, files: Int = 240) throws {
        for index in 0 ..< files {
            let name = "team-\(index % 7)/app-\(index).yaml"
            switch index % 6 {
            case 0:
                try folder.write(name, apiserverPod(name: "apiserver-\(index)", args: ["- --secure-port=\(6000 + index)"]))
            case 1:
                try folder.write(name, """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: web-\(index), namespace: ns-\(index % 3)}
                    spec:
                      replicas: \(index % 4 + 1)
                      template:
                        spec:
                          containers:
                            - name: web
                              image: nginx:1.\(index)
                              securityContext: {privileged: \(index % 2 == 0)}
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata: {name: web-\(index)}
                    spec: {ports: [{port: 80}]}
                    """)
            case 2:
                // Many documents in one file, so that files differ in how long they take.
                try folder.write(name, (0 ..< (index % 20 + 1)).map { doc in
                    """
                    apiVersion: batch/v1
                    kind: CronJob
                    metadata: {name: job-\(index)-\(doc)}
                    spec:
                      schedule: "*/5 * * * *"
                      jobTemplate:
                        spec:
                          template:
                            spec:
                              hostNetwork: \(doc % 2 == 0)
                              containers: [{name: run, image: busybox, command: [sh, -c, "echo \(doc)"]}]
                    """
                }.joined(separator: "\n---\n"))
            case 3:
                try folder.write(name, """
                    # kics-scan ignore-line
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: quiet-\(index)}
                    spec:
                      containers:
                        - name: etcd
                          # ci-reporter:ignore kubelet_client_certificate_or_key_not_set
                          command: [kube-apiserver, --etcd-servers=https://127.0.0.1:2379]
                    """)
            case 4:
                try folder.write(name, """
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: reader-\(index)}
                    rules:
                      - apiGroups: ["*"]
                        resources: ["secrets", "pods"]
                        verbs: ["get", "list", "\(index % 12 == 4 ? "*" : "watch")"]
                    """)
            default:
                try folder.write(name, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config-\(index)}\ndata: {key: \"\(index)\"}\n")
            }
        }
        try folder.write("team-3/broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [unclosed\nspec: {}\n")
        try folder.write("team-4/latin1.yaml", bytes: Array("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf".utf8) + [0xE9] + Array("}\n".utf8))
    }

    @Test func theReportsAreByteIdenticalWhateverTheNumberOfJobs() throws {
        let folder = try TemporaryFolder()
        try Self.writeCorpus(into: folder)
        var runs: [(stdout: String, stderr: String, files: [Data])] = []
        for jobs in ["1", "4"] {
            let reports = ["sarif", "xml", "md"].map { folder.url.appendingPathComponent("out-\(jobs).\($0)") }
            let output = try ciReporter(["scan", "team-0", "team-1", "team-2", "team-3", "team-4", "team-5", "team-6",
                                         "--jobs", jobs, "--fail-on", "none", "--no-color", "--report-unused-suppressions",
                                         "--sarif", reports[0].path, "--junit", reports[1].path, "--markdown", reports[2].path],
                                        in: folder.url)
            #expect(output.status == 0, "\(output.stderr)")
            runs.append((output.stdout, output.stderr, try reports.map { try Data(contentsOf: $0) }))
        }
        // The corpus has what the comparison is about: findings, suppressions, parse errors.
        let text = runs[0].stdout
        #expect(text.split(separator: "\n").count > 200)
        #expect(text.contains("team-0/app-0.yaml:"))
        #expect(runs[0].stderr.contains("team-3/broken.yaml:"))
        #expect(runs[0].stderr.contains("team-4/latin1.yaml:3:21: error:"))
        #expect(String(decoding: runs[0].files[0], as: UTF8.self).contains("\"suppressions\""))
        #expect(runs[0].stdout == runs[1].stdout)
        #expect(runs[0].stderr == runs[1].stderr)
        #expect(runs[0].files == runs[1].files)
    }

    @Test func theScannerGivesTheSameResultOnOneThreadAndOnMany() throws {
        let folder = try TemporaryFolder()
        try Self.writeCorpus(into: folder, files: 120)
        let files = FileDiscovery.discover([folder.url.path]).files
        var scanner = CIReporter.Scanner()
        scanner.suppressions.reportsUnused = true
        scanner.jobs = 1
        let one = scanner.scan(files)
        for jobs in [2, 4, 16, 500] {
            scanner.jobs = jobs
            let many = scanner.scan(files)
            #expect(try SARIFReport().render(many) == SARIFReport().render(one), "jobs \(jobs)")
            #expect(many.diagnostics.map(\.description) == one.diagnostics.map(\.description), "jobs \(jobs)")
            #expect(many.objects == one.objects, "jobs \(jobs)")
            #expect(many.judgedFiles == one.judgedFiles, "jobs \(jobs)")
        }
        #expect(one.findings.count > 100)
        // Files given out of path order still give their findings in report order.
        func listed(_ result: ScanResult) -> [String] {
            result.findings.map { "\($0.path):\($0.location.start):\($0.rule.slug):\($0.message)" }
        }
        scanner.jobs = 2
        #expect(listed(scanner.scan(files.reversed())) == listed(one))
    }

    /// Files are let go once judged unless a rule looks across objects; such a rule, and only
    /// such a rule, sees the objects of every file, on one thread or many.
    @Test func onlyACrossResourceRuleSeesTheObjectsOfOtherFiles() throws {
        let folder = try TemporaryFolder()
        try Self.writeCorpus(into: folder, files: 60)
        let files = FileDiscovery.discover([folder.url.path]).files
        let description = RuleDescription(id: "00000000-0000-4000-8000-000000000000", slug: "test_counts_services",
                                          name: "Counts services", severity: .info, category: "Test", summary: "Counts.",
                                          help: "Counts.", nonTriggeringExamples: [], triggeringExamples: [])
        func counting(across: Bool) -> Rule {
            Rule(description, looksAcrossObjects: across) { object, findings in
                guard object.kind == "Deployment" else { return }
                findings.add("\(findings.context.objects(ofKind: "Service").count) services", at: object.node, scope: object.node,
                             object: object)
            }
        }
        for jobs in [1, 4] {
            var scanner = CIReporter.Scanner(rules: [counting(across: true)])
            scanner.jobs = jobs
            let across = scanner.scan(files)
            #expect(across.findings.count == 10)
            #expect(Set(across.findings.map(\.message)) == ["10 services"])
            scanner.rules = [counting(across: false)]
            let alone = scanner.scan(files)
            #expect(Set(alone.findings.map(\.message)) == ["0 services"])
            #expect(alone.objects == across.objects)
            #expect(alone.diagnostics.map(\.description) == across.diagnostics.map(\.description))
        }
    }

    /// Context files lend their objects to cross-resource rules and are otherwise not there:
    /// not judged, not counted, their parse errors unsaid.
    @Test func contextFilesAreSeenNotJudged() {
        let rule = DiffContextTests.deploymentNeedsConfigMap()
        let files = [SourceFile(path: "app.yaml", bytes: Array(DiffContextTests.deployment("web").utf8))]
        let context = [SourceFile(path: "config.yaml", bytes: Array(DiffContextTests.configMap("web").utf8)),
                       SourceFile(path: "broken.yaml", bytes: Array("kind: [\n".utf8))]
        for jobs in [1, 4] {
            var scanner = CIReporter.Scanner(rules: [rule])
            scanner.jobs = jobs
            let result = scanner.scan(files, context: context)
            #expect(result.findings.isEmpty)
            #expect(result.diagnostics.isEmpty)
            #expect(result.judgedFiles == ["app.yaml"])
            #expect(result.objects.map(\.path) == ["app.yaml"])
            #expect(Array(result.sources.keys) == ["app.yaml"])
            #expect(scanner.scan(files).findings.count == 1)
        }
    }

    @Test func aDiffIsTheSameWhateverTheNumberOfJobs() throws {
        let repository = try GitFixture()
        for index in 0 ..< 60 {
            try repository.write("k8s/pod-\(index).yaml", apiserverPod(name: "api-\(index)", args: ["- --secure-port=\(6000 + index)"]))
        }
        try repository.commit("base")
        for index in stride(from: 0, to: 60, by: 2) {
            try repository.write("k8s/pod-\(index).yaml", apiserverPod(name: "api-\(index)", args: ["- --secure-port=\(7000 + index)"]))
        }
        try repository.write("k8s/broken.yaml", "kind: [\n")
        try repository.commit("change")
        let outputs = try ["1", "4"].map {
            try repository.ciReporter(["diff", "--base", "HEAD~1", "--jobs", $0, "--format", "sarif", "--filter", "file"])
        }
        #expect(outputs[0].status == 0, "the findings were there before the change")
        #expect(outputs[0].stdout.contains("k8s/pod-58.yaml"))
        #expect(outputs[0].stdout.contains("\"baselineState\" : \"unchanged\""))
        #expect(outputs[0].stderr.contains("k8s/broken.yaml:"))
        #expect(outputs[0].stdout == outputs[1].stdout)
        #expect(outputs[0].stderr == outputs[1].stderr)
    }

    @Test func jobsMustBeAPositiveNumber() throws {
        for bad in ["0", "-2", "many"] {
            let output = try ciReporter(["scan", "--jobs", bad, "."])
            #expect(output.status == 2)
            #expect(output.stderr.contains("--jobs takes a number of at least 1, not '\(bad)'"))
        }
    }
}

/// A scan inside a repository names each file by its path in the repository, links resolved,
/// however many threads resolve them.
@Suite struct RepositoryPathTests {
    @Test func filesReachedThroughALinkAreNamedByTheirPathInTheRepository() throws {
        let repo = try GitFixture()
        for index in 0 ..< 150 {
            try repo.write("deploy/app-\(index).yaml", apiserverPod(name: "apiserver-\(index)", args: []))
        }
        try repo.commit("pods")
        try FileManager.default.createSymbolicLink(atPath: repo.url.appendingPathComponent("linked").path, withDestinationPath: "deploy")
        var listings: [[String]] = []
        for jobs in ["1", "4"] {
            let output = try ciReporter(["scan", "linked", "--rule", "kubelet_client_certificate_or_key_not_set", "--format", "sarif",
                                         "--fail-on", "none", "--jobs", jobs], in: repo.url)
            #expect(output.status == 0, "\(output.stderr)")
            let sarif = try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
            let results = try #require(run["results"] as? [[String: Any]])
            listings.append(results.compactMap { result in
                let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
                return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
            })
        }
        #expect(Set(listings[0]).count == 150)
        #expect(listings[0].allSatisfy { $0.hasPrefix("deploy/app-") })
        #expect(listings[1] == listings[0])
    }
}
