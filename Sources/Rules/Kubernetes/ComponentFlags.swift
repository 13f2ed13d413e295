import Foundation

/// Flag values read the way Kubernetes components parse them (Go's `pflag` and `strconv`), so a
/// rule compares what the component will actually use, not the text.
extension ComponentInvocation {
    /// The flag's value as a boolean, the way Go's `strconv.ParseBool` reads it (`1`, `t`, `true`,
    /// `TRUE`, `0`, `f`, `false`, …); a bare `--flag` is `true`. nil when the flag is absent or its
    /// value is not a boolean.
    public func boolValue(of name: String) -> Bool? {
        value(of: name).flatMap(GoValue.bool)
    }

    /// The flag's value as an integer, or nil when the flag is absent or not a whole number.
    public func intValue(of name: String) -> Int? {
        value(of: name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The flag's value as a duration written the way Go's `time.ParseDuration` reads one
    /// (`300s`, `5m`, `1h30m`, `1.5h`, `250ms`), or nil when absent or not a duration.
    public func durationValue(of name: String) -> Duration? {
        value(of: name).flatMap(GoValue.duration)
    }

    /// The occurrence of a list-valued flag whose list names `item`
    /// (`--enable-admission-plugins=NodeRestriction,AlwaysPullImages` lists `AlwaysPullImages`).
    public func flag(_ name: String, listing item: String) -> ContainerCommand.Flag? {
        occurrences(of: name).last { flag in
            (flag.value ?? "").split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == item }
        }
    }
}

/// How Go's standard library reads the values Kubernetes components take.
public enum GoValue {
    /// `strconv.ParseBool`.
    public static func bool(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces) {
        case "1", "t", "T", "true", "True", "TRUE": return true
        case "0", "f", "F", "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// `time.ParseDuration`: an optional sign, then one or more decimal numbers (a fraction
    /// allowed), each followed by a unit among `ns`, `us`, `µs`, `ms`, `s`, `m`, `h`. A lone `0`
    /// needs no unit.
    public static func duration(_ text: String) -> Duration? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var sign = 1.0
        if let first = rest.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        if rest == "0" { return .zero }
        guard !rest.isEmpty else { return nil }
        // Two-letter units come before `s` and `m`, so `ms` is not read as `m` followed by `s`;
        // amounts are counted in nanoseconds, so whole amounts of any unit stay exact.
        let units: [(String, Double)] = [
            ("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9),
        ]
        var nanoseconds = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, number != ".", number.filter({ $0 == "." }).count <= 1,
                  let amount = Double(number.hasPrefix(".") ? "0" + number : String(number)) else { return nil }
            rest = rest.dropFirst(number.count)
            guard let (unit, scale) = units.first(where: { rest.hasPrefix($0.0) }) else { return nil }
            rest = rest.dropFirst(unit.count)
            nanoseconds += amount * scale
        }
        // Go refuses durations beyond about 290 years; so do we.
        guard nanoseconds < 9.2e18 else { return nil }
        return .nanoseconds(Int64((sign * nanoseconds).rounded()))
    }
}
