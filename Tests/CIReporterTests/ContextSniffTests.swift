import Foundation
import Rules
import Testing
@testable import CIReporter

/// The byte-level look `diff` takes at a manifest before deciding to parse it as context.
@Suite struct ContextSniffTests {
    static func sniff(_ text: String) -> ContextSniff? {
        ContextSniff(Array(text.utf8))
    }

    @Test(arguments: [
        "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n",
        "apiVersion: v1\nkind: \"Service\"\n",
        "apiVersion: v1\nkind: 'Service'\n",
        "kind:   Service   # the front door\n",
        "{apiVersion: v1, kind: Service, metadata: {name: web}}\n",
        "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"web\"}}",
        "{\n  \"kind\": \"Service\"\n}\n",
        "apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: Service}\n",
        "x-kind: &k Service\n---\napiVersion: v1\nkind: *k\n",
        "apiVersion: v1\nkind: |-\n  Service\n",
        "kind: !!str Service\n",
        "kind: Service",
    ])
    func aKindIsFoundWhateverFormWritesIt(_ text: String) throws {
        let sniff = try #require(Self.sniff(text))
        #expect(sniff.containsWord("Service"))
    }

    @Test func aKindIsAWholeWord() throws {
        let sniff = try #require(Self.sniff("kind: PodDisruptionBudget\nspec: {selector: {matchLabels: {app: ServiceAccounts}}}\n"))
        #expect(sniff.containsWord("PodDisruptionBudget"))
        #expect(!sniff.containsWord("Pod"))
        #expect(!sniff.containsWord("Budget"))
        #expect(!sniff.containsWord("Service"))
        #expect(!sniff.containsWord("ServiceAccount"))
        // A later occurrence counts when an earlier one is part of a longer word.
        #expect(try #require(Self.sniff("kind: PodTemplate\n---\nkind: Pod\n")).containsWord("Pod"))
        // Names around a kind may hold other characters.
        #expect(try #require(Self.sniff("- {kind: Pod}")).containsWord("Pod"))
    }

    @Test func aTextIsFoundAnywhere() throws {
        let sniff = try #require(Self.sniff("spec:\n  serviceAccountName: \"payments-sa\"\n"))
        #expect(sniff.contains("payments-sa"))
        #expect(sniff.contains("sa"))
        #expect(!sniff.contains("orders-sa"))
        #expect(sniff.contains(""))
        #expect(try #require(Self.sniff("name: café-app\n")).contains("café-app"))
    }

    /// What could read otherwise than it is written is never sniffed: escapes, other encodings.
    @Test func escapesAndOtherEncodingsCannotBeSniffed() {
        #expect(Self.sniff("kind: \"Serv\\x69ce\"\n") == nil)
        #expect(Self.sniff("command: [sh, -c, \"echo \\\"hi\\\"\"]\n") == nil)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "kind: Service\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(ContextSniff(utf16) == nil)
        #expect(ContextSniff(Array("kind: Service # caf".utf8) + [0xE9] + Array("\n".utf8)) == nil)
        #expect(Self.sniff("") != nil)
    }

    @Test func aNeedKeepsTheManifestsThatMayHoldWhatItAsks() {
        let budget = Array("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\n".utf8)
        let service = Array("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n".utf8)
        let account = Array("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: payments-sa}\n".utf8)
        let escaped = Array("apiVersion: v1\nkind: \"ConfigMap\"\ndata: {a: \"\\t\"}\n".utf8)

        #expect(!ContextSieve(.nothing).keeps(budget))
        #expect(ContextSieve(.everything).keeps(budget))

        let budgets = ContextNeed.objects(ofKinds: ["PodDisruptionBudget"])
        #expect(ContextSieve(budgets).keeps(budget))
        #expect(!ContextSieve(budgets).keeps(service))
        // A manifest that cannot be sniffed is always kept.
        #expect(ContextSieve(budgets).keeps(escaped))

        let named = ContextNeed.objects(ofKinds: ["Service", "ServiceAccount"], mentioning: "payments-sa")
        #expect(ContextSieve(named).keeps(account))
        #expect(!ContextSieve(named).keeps(service))

        let either = ContextSieve(budgets.union(.objects(mentioning: "web")))
        #expect(either.keeps(service) && either.keeps(budget) && !either.keeps(account))
        #expect(budgets.union(.everything) == .everything)
    }

    /// Past a few names per kind, a need keeps every manifest of the kind rather than look for
    /// each name in every file; past a few names of any kind, every manifest.
    @Test func manyNamesKeepEveryManifestOfTheirKinds() {
        let service = Array("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n".utf8)
        let budget = Array("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\n".utf8)
        let services = (0..<3).map { ContextNeed.objects(ofKinds: ["Service"], mentioning: "api-\($0)") }.reduce(ContextNeed.nothing) { $0.union($1) }
        #expect(!ContextSieve(services, maxTexts: 3).keeps(service))
        #expect(ContextSieve(services, maxTexts: 2).keeps(service))
        #expect(!ContextSieve(services, maxTexts: 2).keeps(budget))

        let names = (0..<3).map { ContextNeed.objects(mentioning: "api-\($0)") }.reduce(ContextNeed.nothing) { $0.union($1) }
        #expect(!ContextSieve(names, maxTexts: 3).keeps(budget))
        #expect(ContextSieve(names, maxTexts: 2).keeps(budget))
    }

    /// A name that a manifest could write otherwise (folded over lines, quotes doubled) is not
    /// looked for: the need takes in more instead.
    @Test func aNameThatCouldBeWrittenOtherwiseIsNotLookedFor() {
        #expect(ContextNeed.objects(mentioning: "two words") == .everything)
        #expect(ContextNeed.objects(mentioning: "it's") == .everything)
        #expect(ContextNeed.objects(ofKinds: ["Service"], mentioning: "two words") == .objects(ofKinds: ["Service"]))
        #expect(ContextNeed.objects(mentioning: "payments-sa") != .everything)
    }
}
