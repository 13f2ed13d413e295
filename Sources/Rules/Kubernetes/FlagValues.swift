import Foundation

/// Flag values read the way the components read them: Go booleans, integers, durations, feature
/// gates, and the configuration file a component may take its defaults from.
extension ComponentInvocation {
    /// The flag's value as a Go boolean (`true`, `false`, `1`, `0`, `t`, `f`, any of `True`/`TRUE`…);
    /// a bare `--flag` is `true`. nil when the flag is absent or its value is not a boolean.
    public func boolValue(of name: String) -> Bool? {
        value(of: name).flatMap(GoValue.bool)
    }

    /// The flag's value as an integer, or nil when it is absent or not a number.
    public func intValue(of name: String) -> Int? {
        value(of: name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The flag's value as a Go duration (`0`, `30s`, `4h0m0s`), in seconds; nil when absent or unreadable.
    public func durationValue(of name: String) -> Double? {
        value(of: name).flatMap(GoValue.durationInSeconds)
    }

    /// Whether `--feature-gates` turns `gate` on or off (`--feature-gates=A=true,B=false`); nil
    /// when no occurrence names it. Occurrences add up and the last mention of a gate wins, as for
    /// the components' map-valued flags.
    public func featureGate(_ gate: String) -> Bool? {
        var state: Bool?
        for item in listValue(of: "--feature-gates") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == gate, let value = GoValue.bool(parts[1]) {
                state = value
            }
        }
        return state
    }

    /// The occurrence of `--feature-gates` that last mentions `gate`: where a finding about it points.
    public func featureGateFlag(_ gate: String) -> ContainerCommand.Flag? {
        occurrences(of: "--feature-gates").last { flag in
            (flag.value ?? "").split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(gate)=") }
        }
    }

    /// The file given with `--config`, from which the kubelet (and kube-scheduler) take every
    /// setting no flag gives. A flag left out then means the file's value, whose defaults are often
    /// safer than the flag's.
    public var configurationFile: String? {
        isSet("--config") ? value(of: "--config") : nil
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

    private static let secondsPerUnit: [String: Double] = [
        "ns": 1e-9, "us": 1e-6, "µs": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600,
    ]

    /// `time.ParseDuration`, in seconds: `0`, `300ms`, `1h30m`, `-2.5s`.
    public static func durationInSeconds(_ text: String) -> Double? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var sign = 1.0
        if let first = rest.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        if rest == "0" { return 0 }
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unit = rest.prefix { !($0.isASCII && ($0.isNumber || $0 == ".")) }
            guard let scale = secondsPerUnit[String(unit)] else { return nil }
            rest = rest.dropFirst(unit.count)
            total += value * scale
        }
        return sign * total
    }
}
