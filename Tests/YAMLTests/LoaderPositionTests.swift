import Testing
@testable import YAML

private func load(_ text: String, limits: LoaderLimits = .default) -> YAMLTree {
    YAMLLoader(limits: limits).load(path: "test.yaml", text: text)
}

private func load(bytes: [UInt8], limits: LoaderLimits = .default) -> YAMLTree {
    YAMLLoader(limits: limits).load(path: "test.yaml", bytes: bytes)
}

@Suite struct LoaderPositionTests {
    @Test func keysAndValuesHaveEditorPositions() throws {
        let tree = load("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: nginx\n")
        let root = try #require(tree.documents.first)
        let image = try #require(root["spec"]?["containers"]?.items.first?.entry("image"))
        #expect(image.key.start == Position(line: 6, column: 7))
        #expect(image.value.start == Position(line: 6, column: 14))
        #expect(image.value.end == Position(line: 6, column: 19))
        #expect(image.value.scalar == "nginx")
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func crlfLineEndsCountAsOneLine() throws {
        let tree = load("a: 1\r\nb:\r\n  c: x\r\n")
        let c = try #require(tree.documents.first?["b"]?.entry("c"))
        #expect(c.key.start == Position(line: 3, column: 3))
    }

    @Test func aByteOrderMarkDoesNotShiftColumns() throws {
        let tree = load(bytes: [0xEF, 0xBB, 0xBF] + Array("kind: Pod\nname: x\n".utf8))
        let root = try #require(tree.documents.first)
        #expect(root.entry("kind")?.key.start == Position(line: 1, column: 1))
        #expect(root.entry("name")?.value.start == Position(line: 2, column: 7))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let tree = load("é: ü\nb: [\"ö\", x]\n")
        let root = try #require(tree.documents.first)
        #expect(root.entry("é")?.value.start == Position(line: 1, column: 4))
        #expect(root["b"]?.items.last?.start == Position(line: 2, column: 10))
    }

    @Test func blockCollectionsEndWithTheirLastChild() throws {
        let tree = load("spec:\n  containers:\n    - name: a\n      image: x\n    - name: b\n")
        let first = try #require(tree.documents.first?["spec"]?["containers"]?.items.first)
        #expect(first.start == Position(line: 3, column: 7))
        #expect(first.end == Position(line: 4, column: 15))
    }

    @Test func multipleDocumentsAndJSON() throws {
        let yaml = load("a: 1\n---\nb: 2\n---\n[1, 2]\n")
        #expect(yaml.documents.count == 3)
        #expect(yaml.documents[1]["b"]?.int == 2)
        let json = YAMLLoader().load(path: "x.json", text: "{\n\t\"kind\": \"Pod\",\n\t\"spec\": {\"containers\": []}\n}\n")
        #expect(json.diagnostics.isEmpty)
        let kind = try #require(json.documents.first?.entry("kind"))
        #expect(kind.key.start == Position(line: 2, column: 2))
        #expect(kind.value.scalar == "Pod")
    }

    @Test func keyPathsNameListItemsByTheirName() throws {
        let tree = load("spec:\n  containers:\n    - name: app\n      args: [a, b]\n    - image: x\n")
        let containers = try #require(tree.documents.first?["spec"]?["containers"])
        let args = try #require(containers.items.first?["args"])
        #expect(args.items[1].keyPath == "spec.containers[name=app].args[1]")
        #expect(containers.items[1].entry("image")?.key.keyPath == "spec.containers[1].image")
    }

    @Test func scalarsReadAsKubernetesReadsThem() throws {
        let tree = load("a: true\nb: \"true\"\nc: 42\nd: ~\ne:\nf: '7'\n")
        let root = try #require(tree.documents.first)
        #expect(root["a"]?.bool == true)
        #expect(root["b"]?.bool == nil)
        #expect(root["c"]?.int == 42)
        #expect(root["d"]?.isNull == true)
        #expect(root["e"]?.isNull == true)
        #expect(root["f"]?.int == nil)
    }

    @Test func aRepeatedKeyTakesTheLastValue() throws {
        let tree = load("a: 1\na: 2\n")
        #expect(tree.documents.first?["a"]?.int == 2)
    }
}
