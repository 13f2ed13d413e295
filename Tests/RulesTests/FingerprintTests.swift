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
