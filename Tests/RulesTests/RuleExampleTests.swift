import Testing
import Rules
import YAML

/// Runs every rule's own examples: compliant ones must stay quiet, non-compliant ones must give
/// one finding at each `↓` marker and nowhere else.
@Suite struct RuleExampleTests {
    static let slugs = Catalog.rules.map(\.description.slug)

    @Test(arguments: slugs)
    func examplesBehaveAsMarked(slug: String) throws {
        let rule = try #require(Catalog.rule(slug))
        let description = rule.description
        #expect(!description.nonTriggeringExamples.isEmpty, "\(slug) has no compliant example")
        #expect(!description.triggeringExamples.isEmpty, "\(slug) has no non-compliant example")

        for (index, example) in description.nonTriggeringExamples.enumerated() {
            let marked = MarkedExample(example)
            #expect(marked.markers.isEmpty, "compliant example \(index + 1) of \(slug) carries a marker")
            let (findings, diagnostics) = marked.findings(of: rule)
            #expect(diagnostics.isEmpty, "compliant example \(index + 1) of \(slug) does not load: \(diagnostics)")
            #expect(findings.isEmpty, "compliant example \(index + 1) of \(slug) gives \(findings.map(\.message))")
        }
        for (index, example) in description.triggeringExamples.enumerated() {
            let marked = MarkedExample(example)
            #expect(!marked.markers.isEmpty, "non-compliant example \(index + 1) of \(slug) has no marker")
            let (findings, diagnostics) = marked.findings(of: rule)
            #expect(diagnostics.isEmpty, "non-compliant example \(index + 1) of \(slug) does not load: \(diagnostics)")
            let found = findings.map(\.location.start).sorted()
            #expect(found == marked.markers.sorted(),
                    "non-compliant example \(index + 1) of \(slug): findings at \(found), markers at \(marked.markers): \(findings.map(\.message))")
        }
    }

    @Test(arguments: slugs)
    func metadataIsComplete(slug: String) throws {
        let description = try #require(Catalog.rule(slug)).description
        #expect(description.id.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil)
        #expect(description.slug.wholeMatch(of: /[a-z0-9_]+/) != nil)
        #expect(description.summary.hasSuffix("."))
        #expect(description.help.contains("**Fix:**"), "\(slug)'s help says how to fix it")
    }

    @Test func slugsAndIDsAreUnique() {
        let descriptions = Catalog.rules.map(\.description)
        #expect(Set(descriptions.map(\.slug)).count == descriptions.count)
        #expect(Set(descriptions.map(\.id)).count == descriptions.count)
    }
}
