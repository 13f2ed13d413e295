import Foundation
@testable import CIReporter
import Rules
import YAML

/// Small scan results made from real YAML, for the reports' exact-output tests.
enum ReportFixtures {
    static let seed = Catalog.rule("kubelet_client_certificate_or_key_not_set")!

    /// A pod missing one flag, a compliant pod, and a ConfigMap, judged by the seed rule alone
    /// (so that the catalog growing does not change these outputs).
    static func twoPods() -> ScanResult {
        let file = SourceFile(path: "manifests/apiserver.yaml", bytes: Array("""
            apiVersion: v1
            kind: Pod
            metadata: {name: apiserver, namespace: kube-system}
            spec:
              containers:
                - name: apiserver
                  command: [kube-apiserver, --kubelet-client-certificate=/pki/c.crt]
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            data: {a: b}

            """.utf8))
        let clean = SourceFile(path: "manifests/web.yaml", bytes: Array("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers: [{name: web, image: nginx}]

            """.utf8))
        return Scanner(rules: [seed]).scan([file, clean])
    }

    /// A finding of `rule` in `path`, for results built by hand.
    static func finding(_ rule: RuleDescription, path: String = "f.yaml", line: Int = 1, name: String) -> Finding {
        let span = SourceSpan(start: Position(line: line, column: 1), end: Position(line: line, column: 2))
        return Finding(rule: rule, message: "Pod '\(name)' is wrong.", path: path, location: span, scope: span,
                       object: ObjectIdentity(kind: "Pod", namespace: nil, name: name), container: nil, keyPath: "spec")
    }
}
