import YAML

/// A rule example with its `↓` markers taken out, and the places they stood: where the rule's
/// findings must point. The generic example test and the rule pages both read examples so.
public struct MarkedExample: Sendable {
    /// The YAML, markers removed.
    public let text: String
    /// Where each marker stood, in order; two markers at one place stand for two findings.
    public let markers: [Position]

    public init(_ marked: String) {
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
}
