import Rules
import YAML

/// A rule example with its `↓` markers taken out, and where they stood.
struct MarkedExample {
    let text: String
    let markers: [Position]

    init(_ marked: String) {
        var text = ""
        var markers: [Position] = []
        for (lineIndex, line) in marked.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for character in line {
                if character == RuleDescription.marker {
                    markers.append(Position(line: lineIndex + 1, column: column))
                } else {
                    text.append(character)
                    column += 1
                }
            }
            text.append("\n")
        }
        self.text = text
        self.markers = markers
    }

    /// What `rule` finds in this example, loaded as a file of its own.
    func findings(of rule: Rule, path: String = "example.yaml") -> (findings: [Finding], diagnostics: [Diagnostic]) {
        let tree = YAMLLoader().load(path: path, text: text)
        let objects = KubernetesObject.objects(in: tree)
        let findings = Judge(rules: [rule]).judge(objects, in: ScanContext(objects: objects))
        return (findings, tree.diagnostics)
    }
}
