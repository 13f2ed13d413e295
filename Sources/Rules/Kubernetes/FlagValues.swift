import Foundation

/// Feature gates, and the configuration file a component may take its defaults from
/// (booleans, integers and durations are in `ComponentFlags.swift`).
extension ComponentInvocation {
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
