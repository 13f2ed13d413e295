/// What a suppression comment says, in either family: KICS's `# kics-scan …` and our
/// `# ci-reporter:ignore …`.
public enum SuppressionCommand: Sendable, Hashable {
    /// `# kics-scan ignore`: every finding of the file (or of the document it heads).
    case kicsIgnore
    /// `# kics-scan ignore-line`: findings on the comment's line and the line below it.
    case kicsIgnoreLine
    /// `# kics-scan ignore-block`: findings in the node below the comment.
    case kicsIgnoreBlock
    /// `# kics-scan enable=<id>,…`: only these queries report in the file.
    case kicsEnable([String])
    /// `# kics-scan disable=<id>,…`: these queries do not report in the file.
    case kicsDisable([String])
    /// `# ci-reporter:ignore <slug|id>,… -- <reason>`: these rules, in the node it annotates.
    case ignore(rules: [String], reason: String?)
    /// `# ci-reporter:ignore-file <slug|id>,… -- <reason>`: these rules, in the whole file.
    case ignoreFile(rules: [String], reason: String?)
    /// A comment in one of the two syntaxes that cannot be read; `ours` when it is ours, so
    /// that it is worth a warning (an unknown KICS command is only KICS's business).
    case unreadable(ours: Bool, problem: String)

    static let kicsPrefix = "kics-scan"
    static let ourPrefix = "ci-reporter:"
    static let ourCommands = ["ignore", "ignore-file"]
    static let kicsCommands = ["ignore", "ignore-line", "ignore-block", "enable=", "disable="]

    /// Reads the text after a comment's `#`; nil for an ordinary comment.
    public init?(comment text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first else { return nil }
        if first.lowercased() == Self.kicsPrefix {
            self = Self.kics(words.dropFirst().first.map(String.init))
        } else if first.lowercased().hasPrefix(Self.ourPrefix) {
            let command = String(first.dropFirst(Self.ourPrefix.count)).lowercased()
            let rest = text.trimmingBlanks.dropFirst(first.count)
            self = Self.ours(command, String(rest))
        } else {
            return nil
        }
    }

    private static func kics(_ command: String?) -> SuppressionCommand {
        guard let command else {
            return .unreadable(ours: false, problem: "names no kics-scan command")
        }
        let lowered = command.lowercased()
        switch lowered {
        case "ignore": return .kicsIgnore
        case "ignore-line": return .kicsIgnoreLine
        case "ignore-block": return .kicsIgnoreBlock
        default:
            for (prefix, make) in [("enable=", SuppressionCommand.kicsEnable), ("disable=", SuppressionCommand.kicsDisable)]
            where lowered.hasPrefix(prefix) {
                let ids = ruleNames(String(command.dropFirst(prefix.count)))
                return ids.isEmpty ? .unreadable(ours: false, problem: "lists no query id after '\(prefix)'") : make(ids)
            }
            return .unreadable(ours: false, problem: "has the unknown kics-scan command '\(command)'"
                               + (nearest(to: lowered, among: kicsCommands).map { "; did you mean '\($0)'?" } ?? ""))
        }
    }

    private static func ours(_ command: String, _ rest: String) -> SuppressionCommand {
        guard ourCommands.contains(command) else {
            let hint = nearest(to: command, among: ourCommands).map { "; did you mean 'ci-reporter:\($0)'?" } ?? ""
            return .unreadable(ours: true, problem: "has the unknown command 'ci-reporter:\(command)'\(hint)")
        }
        // `a, b -- why`: rule names before the `--`, the reason after it.
        var names = Substring(rest)
        var reason: String?
        if let separator = rest.firstRange(of: "--") {
            names = rest[..<separator.lowerBound]
            let text = String(rest[separator.upperBound...]).trimmingBlanks
            reason = text.isEmpty ? nil : text
        }
        let rules = ruleNames(String(names))
        guard !rules.isEmpty else {
            return .unreadable(ours: true, problem: "names no rule: write 'ci-reporter:\(command) <slug or id> -- <reason>'")
        }
        return command == "ignore" ? .ignore(rules: rules, reason: reason) : .ignoreFile(rules: rules, reason: reason)
    }

    /// `a,b`, `a, b` or `a b`.
    private static func ruleNames(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// The rules it names; empty for the commands that name none.
    public var ruleNames: [String] {
        switch self {
        case .kicsEnable(let names), .kicsDisable(let names), .ignore(let names, _), .ignoreFile(let names, _): return names
        case .kicsIgnore, .kicsIgnoreLine, .kicsIgnoreBlock, .unreadable: return []
        }
    }

    /// Commands that act on a whole file, or on the document whose header holds them.
    public var actsOnFile: Bool {
        switch self {
        case .kicsIgnore, .kicsEnable, .kicsDisable, .ignoreFile: return true
        case .kicsIgnoreLine, .kicsIgnoreBlock, .ignore, .unreadable: return false
        }
    }

    /// When several suppressions cover one finding, the first in this order names it: ours
    /// first (they carry a reason), then KICS's own order (ignore, ignore-block, ignore-line,
    /// enable, disable).
    var precedence: Int {
        switch self {
        case .ignore: return 0
        case .ignoreFile: return 1
        case .kicsIgnore: return 2
        case .kicsIgnoreBlock: return 3
        case .kicsIgnoreLine: return 4
        case .kicsEnable: return 5
        case .kicsDisable: return 6
        case .unreadable: return 7
        }
    }
}
