import Foundation
import Testing
import Rules
import YAML

/// KICS's public fixtures, read from `../shared/conformance/kics-k8s/`: for every rule of the
/// catalog, negative files give no finding and positive files give exactly the expected
/// (file, line) results.
@Suite struct ConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/kics-k8s")
    static let available = FileManager.default.fileExists(atPath: folder.appendingPathComponent("CATALOG.tsv").path)
    static let skipReason: Comment = "../shared/conformance/kics-k8s is absent: KICS conformance is not checked"

    /// Lines where we point elsewhere than KICS on purpose, by rule and file; see docs/conformance.md.
    /// Each entry stands for one of KICS's results: a line KICS reports twice is listed twice
    /// to leave out both.
    static let deliberateDifferences: [String: [String: [Int]]] = [
        // The second pod's container inherits runAsUser: 1000 from its pod, so it does not run as root.
        "containers_running_as_root": ["positive1.yaml": [38]],
        // Each of these containers sets a limit and no request, which the API server copies into requests.
        "cpu_requests_not_set": ["positive.yaml": [10, 17, 34, 41]],
        "memory_requests_not_defined": ["positive1.yaml": [13, 25], "positive2.yaml": [18]],
        // RBAC matches `*` only as a whole value: the verb "c*e" and the resource "p*ds" grant nothing.
        "permissive_access_to_create_pods": ["positive1.yaml": [48, 60]],
        // A Deployment's spec.containers is no part of its pods: nothing runs from it.
        "tiller_is_deployed": ["positive.yaml": [10]],
        // Two claim templates, both ReadWriteOnce: each replica gets two volumes, each with one writer.
        "incorrect_volume_claim_access_mode_read_write_once": ["positive.yaml": [27]],
        // The Service's name and its `name` label say the same thing: it is reported once, at its name.
        "tiller_service_is_not_deleted": ["positive.yaml": [4]],
        // A NetworkPolicy selects pods of its own namespace only: the one in another namespace leaves the pod alone.
        "pod_misconfigured_network_policy": ["positive1.yaml": [4]],
        // Each Role is in assembly-prod and its RoleBinding in another namespace, which binds a
        // Role of that name in its own namespace: these two are bound to no service account.
        "service_account_allows_access_secrets": ["positive.yaml": [10, 34]],
    ]

    struct CatalogEntry {
        let id, slug, severity, category: String
    }

    static func catalog() throws -> [String: CatalogEntry] {
        let text = try String(contentsOf: folder.appendingPathComponent("CATALOG.tsv"), encoding: .utf8)
        var entries: [String: CatalogEntry] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 7 else { continue }
            entries[fields[1]] = CatalogEntry(id: fields[0], slug: fields[1], severity: fields[4], category: fields[5])
        }
        return entries
    }

    /// One expected result. KICS's files spell the file's key `fileName`, `filename` and, in a
    /// few, `fineName`; a rule with a single positive file may leave it out.
    struct Expected: Decodable {
        let file: String?
        let line: Int

        enum Key: String, CodingKey { case fileName, filename, fineName, line }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            line = try container.decode(Int.self, forKey: .line)
            file = try container.decodeIfPresent(String.self, forKey: .fileName)
                ?? container.decodeIfPresent(String.self, forKey: .filename)
                ?? container.decodeIfPresent(String.self, forKey: .fineName)
        }
    }

    @Test(.enabled(if: available, skipReason), arguments: Catalog.rules.map(\.description.slug))
    func fixturesGiveKICSResults(slug: String) throws {
        let rule = try #require(Catalog.rule(slug))
        let entry = try #require(try Self.catalog()[slug], "\(slug) is not in KICS's catalog")
        #expect(rule.description.id == entry.id)
        #expect(rule.description.severity.rawValue == entry.severity.lowercased())
        #expect(rule.description.category == entry.category)

        let ruleFolder = Self.folder.appendingPathComponent(slug)
        let names = try FileManager.default.contentsOfDirectory(atPath: ruleFolder.path).sorted()
        let manifests = names.filter { ($0.hasPrefix("positive") || $0.hasPrefix("negative")) && !$0.hasSuffix("expected_result.json") }
        var found: [String] = []
        for name in manifests {
            let bytes = try [UInt8](Data(contentsOf: ruleFolder.appendingPathComponent(name)))
            let tree = YAMLLoader().load(path: name, bytes: bytes)
            #expect(tree.diagnostics.filter { $0.severity == .error }.isEmpty, "\(slug)/\(name) does not load: \(tree.diagnostics)")
            let objects = KubernetesObject.objects(in: tree)
            let findings = Judge(rules: [rule]).judge(objects, in: ScanContext(objects: objects))
            if name.hasPrefix("negative") {
                #expect(findings.isEmpty, "\(slug)/\(name) is compliant but gives \(findings.map { "\($0.location.start): \($0.message)" })")
            } else {
                found += findings.map { "\(name):\($0.location.start.line)" }
            }
        }
        let expectedData = try Data(contentsOf: ruleFolder.appendingPathComponent("positive_expected_result.json"))
        let positives = manifests.filter { $0.hasPrefix("positive") }
        var expected = try JSONDecoder().decode([Expected].self, from: expectedData).map { result in
            let file = result.file ?? (positives.count == 1 ? positives[0] : "(no file named)")
            return "\(file):\(result.line)"
        }
        for (file, lines) in Self.deliberateDifferences[slug] ?? [:] {
            for line in lines {
                if let index = expected.firstIndex(of: "\(file):\(line)") { expected.remove(at: index) }
            }
        }
        #expect(found.sorted() == expected.sorted(), "\(slug): found \(found.sorted()), KICS expects \(expected.sorted())")
    }
}
