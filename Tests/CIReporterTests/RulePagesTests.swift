import Foundation
import Testing
@testable import CIReporter
import Rules

/// `docs/rules/` is written from the catalog; it must say what the rules say now.
@Suite struct RulePagesTests {
    static let folder = PackagePaths.root.appendingPathComponent("docs/rules")

    @Test func everyPageIsUpToDate() throws {
        let expected = RulePages.pages(for: Catalog.rules.map(\.description))
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") })
        #expect(present == Set(expected.keys), "docs/rules/ does not have a page per rule: run `make docs`")
        for (name, text) in expected {
            let onDisk = try? String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(onDisk == text, "docs/rules/\(name) is stale: run `make docs`")
        }
    }

    @Test func aPageShowsTheRuleAndWhereItsExamplesFindSomething() throws {
        let rule = try #require(Catalog.rule("kubelet_client_certificate_or_key_not_set")).description
        let page = RulePages.page(rule)
        #expect(page.hasPrefix("# Kubelet client certificate or key not set\n\n| | |\n| --- | --- |\n| slug | `kubelet_client_certificate_or_key_not_set` |\n| id | `36a27826-1bf5-49da-aeb0-a60a30c0e834` |\n| severity | medium |\n| category | Secret Management |\n"))
        #expect(page.contains("\n      command: [\"hyperkube\", \"apiserver\"]\n"))
        #expect(!page.contains("↓"))
        #expect(page.contains("Finds: line 7, column 7 (2 findings)."))
    }
}
