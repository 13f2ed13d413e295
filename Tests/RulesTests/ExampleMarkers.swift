import Rules
import YAML

extension MarkedExample {
    /// What `rule` finds in this example, loaded as a file of its own.
    func findings(of rule: Rule, path: String = "example.yaml") -> (findings: [Finding], diagnostics: [Diagnostic]) {
        let tree = YAMLLoader().load(path: path, text: text)
        let objects = KubernetesObject.objects(in: tree)
        let findings = Judge(rules: [rule]).judge(objects, in: ScanContext(objects: objects))
        return (findings, tree.diagnostics)
    }
}
