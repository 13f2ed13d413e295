import Testing
@testable import Rules
import YAML

@Suite struct ContainerCommandTests {
    private func container(_ body: String) throws -> Container {
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n" + body
        let objects = KubernetesObject.objects(in: YAMLLoader().load(path: "p.yaml", text: text))
        return try #require(objects.first?.containers().first)
    }

    @Test func findsTheComponentByNamePathOrHyperkube() throws {
        #expect(try container("      command: [kube-apiserver]\n").invocation(of: "kube-apiserver") != nil)
        #expect(try container("      command: [/usr/local/bin/kube-apiserver]\n").invocation(of: "kube-apiserver") != nil)
        #expect(try container("      command: [hyperkube, apiserver]\n").invocation(of: "kube-apiserver") != nil)
        #expect(try container("      command: [/hyperkube, kube-apiserver]\n").invocation(of: "kube-apiserver") != nil)
        #expect(try container("      command: [kube-apiserver-proxy]\n").invocation(of: "kube-apiserver") == nil)
        #expect(try container("      command: [nginx]\n      args: [apiserver]\n").invocation(of: "kube-apiserver") == nil)
    }

    @Test func readsFlagsInEveryForm() throws {
        let apiserver = try #require(try container("""
              command: [kube-apiserver, --a=1, --b, "2", --c]
              args: ["--d=x,y", --a=3, --e=]

        """).invocation(of: "kube-apiserver"))
        #expect(apiserver.value(of: "--a") == "3")
        #expect(apiserver.occurrences(of: "--a").count == 2)
        #expect(apiserver.value(of: "--b") == "2")
        #expect(apiserver.value(of: "--c") == "true")
        #expect(apiserver.listValue(of: "--d") == ["x", "y"])
        #expect(apiserver.isSet("--e") == false)
        #expect(apiserver.isSet("--c") == false)
        #expect(apiserver.isSet("--missing") == false)
        #expect(apiserver.flag("--d")?.node.start == Position(line: 8, column: 14))
    }

    @Test func looksIntoShellWrappers() throws {
        let apiserver = try #require(try container("""
              command: ["/bin/sh", "-c"]
              args: ["echo start && exec kube-apiserver --x='a b' --y=2; echo done --z=1"]

        """).invocation(of: "kube-apiserver"))
        #expect(apiserver.value(of: "--x") == "a b")
        #expect(apiserver.value(of: "--y") == "2")
        #expect(apiserver.flag("--z") == nil)
        #expect(apiserver.flag("--y")?.node.start == Position(line: 8, column: 14))
    }

    @Test func findsPodSpecsOfEveryWorkloadKind() throws {
        let text = """
            apiVersion: v1
            kind: List
            items:
              - {apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {containers: [{name: a}]}}
              - {apiVersion: apps/v1, kind: Deployment, metadata: {name: b}, spec: {template: {spec: {containers: [{name: b}], initContainers: [{name: b0}]}}}}
              - {apiVersion: batch/v1, kind: CronJob, metadata: {name: c}, spec: {jobTemplate: {spec: {template: {spec: {containers: [{name: c}]}}}}}}
              - {apiVersion: v1, kind: PodTemplate, metadata: {name: d}, template: {spec: {containers: [{name: d}], ephemeralContainers: [{name: d1}]}}}
              - {apiVersion: v1, kind: ConfigMap, metadata: {name: e}, data: {}}
            """
        let objects = KubernetesObject.objects(in: YAMLLoader().load(path: "list.yaml", text: text))
        #expect(objects.map(\.kind) == ["Pod", "Deployment", "CronJob", "PodTemplate", "ConfigMap"])
        #expect(objects.map { $0.containers().map(\.name) } == [["a"], ["b", "b0"], ["c"], ["d"], []])
        #expect(objects[3].containers(ContainerKind.allCases).map(\.name) == ["d", "d1"])
    }
}
