import Testing
@testable import YAML

@Suite struct LoaderRobustnessTests {
    private let loader = YAMLLoader()

    @Test func aliasesStayReferences() throws {
        // 30 levels of 9 aliases each would expand to 9^30 nodes.
        var text = "l0: &l0 [\"lol\"]\n"
        for level in 1 ... 30 {
            let refs = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            text += "l\(level): &l\(level) [\(refs)]\n"
        }
        let tree = loader.load(path: "laughs.yaml", text: text)
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.nodeCount < 400)
        let top = try #require(tree.documents.first?["l30"])
        #expect(top.items.count == 9)
        #expect(top.items[0].items.count == 9)
        #expect(top.items[0].start.line == 30)  // l29
        #expect(top.items[0].items[0].start.line == 29)  // l28
    }

    @Test func anAliasCannotReferToACollectionThatContainsIt() throws {
        let tree = loader.load(path: "cycle.yaml", text: "a: &a [1, *a]\n")
        #expect(tree.diagnostics.count == 1)
        #expect(tree.diagnostics.first?.position == Position(line: 1, column: 11))
        #expect(tree.documents.first?["a"]?.items.count == 2)
    }

    @Test func deepNestingStopsAtTheLimitWithAPosition() {
        let text = String(repeating: "[", count: 100_000)
        let tree = loader.load(path: "deep.yaml", text: text)
        let diagnostic = tree.diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.message.contains("nesting deeper than 256") == true)
        #expect(diagnostic?.position == Position(line: 1, column: 257))
        #expect(tree.documents.isEmpty)
    }

    @Test func anEmptyFileIsNoted() {
        let tree = loader.load(path: "empty.yaml", bytes: [])
        #expect(tree.documents.isEmpty)
        #expect(tree.diagnostics.map(\.severity) == [.note])
        #expect(tree.diagnostics.first?.description == "empty.yaml: note: file holds no YAML document; nothing to judge")
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        let bytes = Array("a: 1\n---\nb: \"".utf8) + [0xC3, 0x28] + Array("\"\n---\nc: 3\n".utf8)
        let tree = loader.load(path: "bad.yaml", bytes: bytes)
        #expect(tree.diagnostics.count == 1)
        #expect(tree.diagnostics.first?.position == Position(line: 3, column: 5))
        #expect(tree.diagnostics.first?.message.contains("invalid") == true)
        // The documents before and after the bad one still load.
        #expect(tree.documents.map { $0.pairs.first?.key.scalar } == ["a", "c"])
    }

    @Test func aSyntaxErrorLosesOnlyItsDocument() {
        let text = "a: 1\n---\nb: [1, 2\nc: 3\n---\nd: 4\n"
        let tree = loader.load(path: "broken.yaml", text: text)
        #expect(tree.documents.map { $0.pairs.first?.key.scalar } == ["a", "d"])
        #expect(tree.diagnostics.count == 1)
        let diagnostic = tree.diagnostics[0]
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.position?.line == 4)
        #expect(diagnostic.description.hasPrefix("broken.yaml:4:"))
        // The document after the error keeps its real line numbers.
        #expect(tree.documents[1].start.line == 6)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix(seed: 42)
        for _ in 0 ..< 200 {
            let bytes = (0 ..< 512).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let tree = loader.load(path: "random.bin", bytes: bytes)
            #expect(!tree.diagnostics.isEmpty || !tree.documents.isEmpty)
        }
    }

    @Test func limitsOnSizeAndNodes() {
        let small = YAMLLoader(limits: LoaderLimits(maxFileSize: 10))
        let tooLarge = small.load(path: "big.yaml", text: "key: a long enough value\n")
        #expect(tooLarge.diagnostics.first?.message.contains("more than the limit of 10") == true)
        let few = YAMLLoader(limits: LoaderLimits(maxNodes: 5))
        let tooMany = few.load(path: "many.yaml", text: "[1, 2, 3, 4, 5, 6, 7]\n")
        #expect(tooMany.diagnostics.first?.message.contains("more than 5 YAML nodes") == true)
        #expect(tooMany.documents.isEmpty)
    }
}

/// A small deterministic generator, so the random-bytes test is the same in every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
