/// Text from a manifest (names, values, paths) made safe to stand in Markdown: it renders as
/// the text it is, and cannot open a table cell, a link, an HTML element or a code span, nor
/// notify anyone (`@everyone`, `@org/team`) or link an issue (`#12`).
enum MarkdownText {
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "!", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "@", "#":
                // A word joiner after the sign keeps GitHub from reading a mention or a reference.
                out.unicodeScalars.append(scalar)
                out += "\u{2060}"
            case "\n", "\r", "\t":
                out += " "
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                    || scalar.properties.generalCategory == .lineSeparator || scalar.properties.generalCategory == .paragraphSeparator {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
