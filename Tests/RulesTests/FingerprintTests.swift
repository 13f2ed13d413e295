@testable import Rules
import Testing

@Suite struct FingerprintTests {
    @Test(arguments: [
        ("spec.containers[0].args[12]", "spec.containers[].args[]"),
        ("spec.containers[name=app].command", "spec.containers[name=app].command"),
        ("items[3].spec.containers[name=a[1]].args[0]", "items[].spec.containers[name=a[]].args[]"),
        ("a[[1]]", "a[[]]"),
        ("a[]", "a[]"),
        ("a[1x]", "a[1x]"),
        ("a[12", "a[12"),
        ("", ""),
        ("ä[٣]", "ä[٣]"),
    ])
    func listIndexesAreLeftOutOfTheFingerprintsPlace(path: String, expected: String) {
        #expect(Finding.withoutListIndexes(path) == expected)
        #expect(Finding.withoutListIndexes(path) == path.replacing(/\[[0-9]+\]/, with: "[]"))
    }
}

@Suite struct DirectiveSearchTests {
    @Test(arguments: [
        ("# kics-scan ignore-line", true),
        ("x: 1 # KICS-SCAN Ignore", true),
        ("#Ci-Reporter:ignore rule", true),
        ("a: b\n  # note\n# kics-scan ignore", true),
        ("a: b\nkics-scan", false),
        ("a: b # note\nkics-scan: 1", false),
        ("a: '#' kics-scan", true),
        ("kics-sca", false),
        ("ci-reporter ignore", false),
        ("kicS", false),
        ("", false),
        ("k", false),
        ("kics scan, ci_reporter:", false),
        ("{|{s-scan", false),
    ])
    func suppressionCommentsAreLookedForInAnyCaseAfterAHash(text: String, found: Bool) {
        #expect(InlineSuppressions.mayHoldDirectives(Array(text.utf8)) == found)
    }
}
