/// A path pattern as `.gitignore` users write them: `*` and `?` stay within a folder, `**`
/// crosses folders, `[a-z]` and `[!x]` are character sets, and a pattern without `/` matches
/// the file's name in any folder.
public struct PathGlob: Sendable, CustomStringConvertible {
    enum Token: Sendable, Equatable {
        case literal(Character)
        /// `?`: one character, not `/`.
        case one
        /// `*`: any run of characters within a folder.
        case star
        /// `**` at the end or before something other than `/`: anything.
        case anything
        /// `**/`: nothing, or any folders.
        case anyFolders
        case set([ClosedRange<Character>], negated: Bool)
    }

    public let pattern: String
    let tokens: [Token]
    private let matchesNameOnly: Bool
    /// For `*` and then literal text (`*.yaml`, what most patterns are), that text: such a
    /// pattern is a suffix test, with no table to fill for each of a tree's paths.
    private let literalSuffix: String?

    public init(_ pattern: String) {
        self.pattern = pattern
        var body = pattern.hasPrefix("/") ? String(pattern.dropFirst()) : pattern
        matchesNameOnly = !body.contains("/")
        if body.hasSuffix("/") { body += "**" }
        var tokens: [Token] = []
        var characters = Array(body)[...]
        while let c = characters.popFirst() {
            switch c {
            case "*" where characters.first == "*":
                characters.removeFirst()
                if characters.first == "/" {
                    characters.removeFirst()
                    tokens.append(.anyFolders)
                } else {
                    tokens.append(.anything)
                }
            case "*": tokens.append(.star)
            case "?": tokens.append(.one)
            case "[" where characters.contains("]"):
                var ranges: [ClosedRange<Character>] = []
                let negated = characters.first == "!" || characters.first == "^"
                if negated { characters.removeFirst() }
                while let d = characters.popFirst(), d != "]" {
                    if characters.first == "-", characters.count >= 2, characters[characters.startIndex + 1] != "]" {
                        characters.removeFirst()
                        let upper = characters.removeFirst()
                        ranges.append(d ... max(d, upper))
                    } else {
                        ranges.append(d ... d)
                    }
                }
                tokens.append(.set(ranges, negated: negated))
            case "\\" where !characters.isEmpty: tokens.append(.literal(characters.removeFirst()))
            default: tokens.append(.literal(c))
            }
        }
        self.tokens = tokens
        var suffix = ""
        for token in tokens.dropFirst() {
            guard case .literal(let c) = token else { break }
            suffix.append(c)
        }
        literalSuffix = tokens.first == .star && suffix.count == tokens.count - 1 ? suffix : nil
    }

    public func matches(_ path: String) -> Bool {
        let subject = matchesNameOnly ? Self.name(of: path) : Substring(path)
        if let literalSuffix {
            return subject.hasSuffix(literalSuffix) && !subject.dropLast(literalSuffix.count).contains("/")
        }
        let text = Array(subject)
        // matched[i][j]: tokens from i on match text from j on. Filled from the end.
        var matched = Array(repeating: Array(repeating: false, count: text.count + 1), count: tokens.count + 1)
        matched[tokens.count][text.count] = true
        for i in stride(from: tokens.count - 1, through: 0, by: -1) {
            for j in stride(from: text.count, through: 0, by: -1) {
                let here = j < text.count ? text[j] : nil
                switch tokens[i] {
                case .literal(let c): matched[i][j] = here == c && matched[i + 1][j + 1]
                case .one: matched[i][j] = here != nil && here != "/" && matched[i + 1][j + 1]
                case .star: matched[i][j] = matched[i + 1][j] || (here != nil && here != "/" && matched[i][j + 1])
                case .anything: matched[i][j] = matched[i + 1][j] || (here != nil && matched[i][j + 1])
                case .anyFolders:
                    matched[i][j] = matched[i + 1][j] || (j ..< text.count).contains { text[$0] == "/" && matched[i + 1][$0 + 1] }
                case .set(let ranges, let negated):
                    guard let here, here != "/" else { matched[i][j] = false; continue }
                    matched[i][j] = ranges.contains { $0.contains(here) } != negated && matched[i + 1][j + 1]
                }
            }
        }
        return matched[0][0]
    }

    /// The last non-empty component of `path`; the path itself when it has none.
    private static func name(of path: String) -> Substring {
        var name = Substring(path)
        while name.hasSuffix("/") { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        return name.isEmpty ? Substring(path) : name
    }

    public var description: String { pattern }
}

/// Which paths a run judges: any `include` pattern and no `exclude` pattern.
public struct PathFilter: Sendable {
    public static let defaultIncludes = ["*.yaml", "*.yml", "*.json"]

    public let includes: [PathGlob]
    public let excludes: [PathGlob]

    public init(include: [String] = PathFilter.defaultIncludes, exclude: [String] = []) {
        includes = include.map(PathGlob.init)
        excludes = exclude.map(PathGlob.init)
    }

    public func accepts(_ path: String) -> Bool {
        includes.contains { $0.matches(path) } && !excludes(path)
    }

    /// Whether an `exclude` pattern matches, whatever the includes say.
    public func excludes(_ path: String) -> Bool {
        excludes.contains { $0.matches(path) }
    }
}
