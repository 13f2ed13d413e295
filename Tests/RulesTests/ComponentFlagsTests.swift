import Testing
@testable import Rules
import YAML

@Suite struct ComponentFlagsTests {
    private func apiserver(_ body: String) throws -> ComponentInvocation {
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n" + body
        let objects = KubernetesObject.objects(in: YAMLLoader().load(path: "p.yaml", text: text))
        return try #require(objects.first?.invocations(of: "kube-apiserver").first)
    }

    @Test func readsBooleansTheWayGoDoes() throws {
        let flags = try apiserver("      command: [kube-apiserver, --a=false, --b=0, --c=T, --d, --e=no, --f=TRUE]\n")
        #expect(flags.boolValue(of: "--a") == false)
        #expect(flags.boolValue(of: "--b") == false)
        #expect(flags.boolValue(of: "--c") == true)
        #expect(flags.boolValue(of: "--d") == true)
        #expect(flags.boolValue(of: "--e") == nil)
        #expect(flags.boolValue(of: "--f") == true)
        #expect(flags.boolValue(of: "--missing") == nil)
    }

    @Test func readsIntegersAndKeepsTheLastOccurrence() throws {
        let flags = try apiserver("      command: [kube-apiserver, --port=1, --port=0, --size=ten, --count, \"12\"]\n")
        #expect(flags.intValue(of: "--port") == 0)
        #expect(flags.intValue(of: "--size") == nil)
        #expect(flags.intValue(of: "--count") == 12)
        #expect(flags.intValue(of: "--missing") == nil)
    }

    @Test func readsGoDurations() {
        #expect(GoValue.duration("300s") == .seconds(300))
        #expect(GoValue.duration("5m") == .seconds(300))
        #expect(GoValue.duration("1h0s") == .seconds(3600))
        #expect(GoValue.duration("1h1m1s") == .seconds(3661))
        #expect(GoValue.duration("1.5h") == .seconds(5400))
        #expect(GoValue.duration("250ms") == .milliseconds(250))
        #expect(GoValue.duration("2m30s") == .seconds(150))
        #expect(GoValue.duration("0") == .zero)
        #expect(GoValue.duration("-1m") == .seconds(-60))
        #expect(GoValue.duration("300") == nil)
        #expect(GoValue.duration("5 minutes") == nil)
        #expect(GoValue.duration("") == nil)
        #expect(GoValue.duration("1d") == nil)
    }

    @Test func findsTheOccurrenceListingAnItem() throws {
        let flags = try apiserver("""
              command: [kube-apiserver, "--enable-admission-plugins=A,B", "--enable-admission-plugins=C"]

        """)
        #expect(flags.flag("--enable-admission-plugins", listing: "B")?.value == "A,B")
        #expect(flags.flag("--enable-admission-plugins", listing: "C")?.value == "C")
        #expect(flags.flag("--enable-admission-plugins", listing: "D") == nil)
    }

    @Test func readsAdmissionPluginsFromEveryFlagThatNamesThem() throws {
        let flags = try apiserver("""
              command: [kube-apiserver, "--admission-control=NamespaceLifecycle,AlwaysAdmit"]
              args: ["--enable-admission-plugins=NodeRestriction", "--disable-admission-plugins=AlwaysAdmit,ServiceAccount"]

        """)
        #expect(flags.enabledAdmissionPlugins == ["NamespaceLifecycle", "AlwaysAdmit", "NodeRestriction"])
        #expect(flags.disabledAdmissionPlugins == ["AlwaysAdmit", "ServiceAccount"])
        #expect(flags.enablesAdmissionPlugin("NodeRestriction"))
        #expect(flags.enablesAdmissionPlugin("NamespaceLifecycle"))
        #expect(!flags.enablesAdmissionPlugin("AlwaysAdmit"))
        #expect(!flags.enablesAdmissionPlugin("EventRateLimit"))
        #expect(flags.flagEnabling(admissionPlugin: "AlwaysAdmit")?.name == "--admission-control")
        #expect(flags.flagDisabling(admissionPlugin: "ServiceAccount")?.name == "--disable-admission-plugins")
        #expect(flags.flagDisabling(admissionPlugin: "NodeRestriction") == nil)
    }

    @Test func pointsAtFlagsInCommandAndAtTheCommandKeyForArgs() throws {
        let flags = try apiserver("""
              command:
                - kube-apiserver
                - --secure-port=0
              args:
                - --kubelet-https=false

        """)
        let inCommand = try #require(flags.flag("--secure-port"))
        let inArgs = try #require(flags.flag("--kubelet-https"))
        #expect(flags.findingLocation(for: inCommand).start == Position(line: 9, column: 11))
        #expect(flags.findingLocation(for: inArgs).start == Position(line: 7, column: 7))
    }
}
