import Rules

/// A small reader of `--option value`, `--option=value`, `--flag` and positional arguments.
struct Arguments {
    private var remaining: [String]
    private(set) var positionals: [String] = []

    init(_ arguments: [String]) {
        remaining = arguments
    }

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    /// Splits the arguments into options (by the names a command accepts) and positionals.
    /// `valued` options take a value, `switches` do not.
    mutating func parse(valued: Set<String>, switches: Set<String>) throws -> [String: [String]] {
        var options: [String: [String]] = [:]
        var onlyPositionals = false
        while !remaining.isEmpty {
            let argument = remaining.removeFirst()
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if switches.contains(name) {
                guard inlineValue == nil else { throw UsageError(description: "\(name) takes no value") }
                options[name, default: []].append("")
            } else if valued.contains(name) {
                guard let value = inlineValue ?? (remaining.isEmpty ? nil : remaining.removeFirst()) else {
                    throw UsageError(description: "\(name) needs a value")
                }
                options[name, default: []].append(value)
            } else {
                let known = (valued.union(switches)).sorted()
                let hint = known.min { editDistance($0, name) < editDistance($1, name) }
                    .flatMap { editDistance($0, name) <= 3 ? " (did you mean \($0)?)" : nil } ?? ""
                throw UsageError(description: "unknown option \(name)\(hint)")
            }
        }
        return options
    }
}
