import Testing
@testable import Rules
import YAML

/// The vocabulary the control-plane rules read with: component recognition, flag values as the
/// components parse them, and configuration documents.
@Suite struct ControlPlaneModelTests {
    private func objects(_ text: String) -> [KubernetesObject] {
        KubernetesObject.objects(in: YAMLLoader().load(path: "m.yaml", text: text))
    }

    private func container(_ body: String) throws -> Container {
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n" + body
        return try #require(objects(text).first?.containers().first)
    }

    @Test func recognisesEachComponentDirectlyAndThroughHyperkube() throws {
        let forms: [(command: String, component: String)] = [
            ("[kubelet]", "kubelet"),
            ("[/usr/bin/kubelet]", "kubelet"),
            ("[hyperkube, kubelet]", "kubelet"),
            ("[etcd]", "etcd"),
            ("[/usr/local/bin/etcd]", "etcd"),
            ("[kube-controller-manager]", "kube-controller-manager"),
            ("[hyperkube, controller-manager]", "kube-controller-manager"),
            ("[/hyperkube, kube-controller-manager]", "kube-controller-manager"),
            ("[kube-scheduler]", "kube-scheduler"),
            ("[hyperkube, scheduler]", "kube-scheduler"),
            ("[hyperkube, kube-scheduler]", "kube-scheduler"),
        ]
        for form in forms {
            let found = try container("      command: \(form.command)\n").invocation(of: form.component)
            #expect(found != nil, "\(form.command) runs \(form.component)")
        }
        #expect(try container("      command: [hyperkube, scheduler]\n").invocation(of: "kube-controller-manager") == nil)
        #expect(try container("      command: [etcdctl, get, /]\n").invocation(of: "etcd") == nil)
    }

    @Test func neverTakesAFlagOrAnAssignmentForTheProgram() throws {
        let driver = try container("      command: [csi-node-driver-registrar, --kubelet-dir=/var/lib/kubelet]\n")
        #expect(driver.invocation(of: "kubelet") == nil)
        let backup = try container("      command: [/bin/sh, -c, \"DATA=/var/lib/etcd backup-tool --data=/var/lib/etcd\"]\n")
        #expect(backup.invocation(of: "etcd") == nil)
        let kubelet = try #require(try container("      command: [kubelet, --root-dir=/var/lib/kubelet]\n").invocation(of: "kubelet"))
        #expect(kubelet.value(of: "--root-dir") == "/var/lib/kubelet")
    }

    @Test func readsFlagValuesAsGoDoes() throws {
        let kubelet = try #require(try container("""
              command: [kubelet, --a, --b=false, --c=T, --d=0, --e=maybe, --port=10250, --t=1h30m, --z=0s]

        """).invocation(of: "kubelet"))
        #expect(kubelet.boolValue(of: "--a") == true)
        #expect(kubelet.boolValue(of: "--b") == false)
        #expect(kubelet.boolValue(of: "--c") == true)
        #expect(kubelet.boolValue(of: "--d") == false)
        #expect(kubelet.boolValue(of: "--e") == nil)
        #expect(kubelet.boolValue(of: "--missing") == nil)
        #expect(kubelet.intValue(of: "--port") == 10250)
        #expect(kubelet.intValue(of: "--e") == nil)
        #expect(kubelet.durationValue(of: "--t") == .seconds(5400))
        #expect(kubelet.durationValue(of: "--z") == .zero)
    }

    @Test func readsGoDurations() {
        #expect(GoValue.duration("0") == .zero)
        #expect(GoValue.duration("0h0m0s") == .zero)
        #expect(GoValue.duration("4h") == .seconds(14_400))
        #expect(GoValue.duration("1.5m") == .seconds(90))
        #expect(GoValue.duration("-2s") == .seconds(-2))
        #expect(GoValue.duration("300ms") == .milliseconds(300))
        #expect(GoValue.duration("5") == nil)
        #expect(GoValue.duration("5 minutes") == nil)
        #expect(GoValue.duration("") == nil)
    }

    @Test func readsFeatureGatesOverEveryOccurrence() throws {
        let kubelet = try #require(try container("""
              command: [kubelet, "--feature-gates=A=true,B=false", --config=/etc/kubelet.yaml]
              args: ["--feature-gates", "A=false, C=true"]

        """).invocation(of: "kubelet"))
        #expect(kubelet.featureGate("A") == false)
        #expect(kubelet.featureGate("B") == false)
        #expect(kubelet.featureGate("C") == true)
        #expect(kubelet.featureGate("D") == nil)
        #expect(kubelet.featureGateFlag("A")?.node.start.line == 8)
        #expect(kubelet.featureGateFlag("B")?.node.start.line == 7)
        #expect(kubelet.configurationFile == "/etc/kubelet.yaml")
    }

    @Test func readsKubeletConfigurationSettings() throws {
        let documents = objects("""
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            authentication:
              anonymous: {enabled: false}
              x509: {clientCAFile: null}
            readOnlyPort: 0
            featureGates: {RotateKubeletServerCertificate: true}
            ---
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeSchedulerConfiguration
            ---
            apiVersion: example.com/v1
            kind: KubeletConfiguration
            """)
        #expect(documents.count == 3)
        let configuration = try #require(documents[0].kubeletConfiguration)
        #expect(configuration.anonymousAuthEnabled?.value.bool == false)
        #expect(configuration.anonymousAuthEnabled?.key.start == Position(line: 4, column: 15))
        #expect(configuration.readOnlyPort?.value.int == 0)
        #expect(configuration.clientCAFile == nil, "a null setting is left to the default")
        #expect(configuration.authorizationMode == nil)
        #expect(configuration.featureGate("RotateKubeletServerCertificate")?.value.bool == true)
        #expect(configuration.kindKey.start == Position(line: 2, column: 1))
        #expect(documents[1].kubeletConfiguration == nil)
        #expect(documents[1].schedulerConfiguration == nil, "a scheduler configuration lives in its own API group")
        #expect(documents[2].kubeletConfiguration == nil, "only the kubelet's API group counts")
    }
}
