import YAML

extension ComponentInvocation {
    /// Where a finding about `flag` points. A flag written in the container's `command` list is
    /// shown at its own item. A flag that comes from `args` is shown at the `command` key, where
    /// KICS reports every finding about a component's command line, so results stay on KICS's
    /// lines; a change to `args` still surfaces the finding under the `touched` change filter,
    /// since its scope is the whole container.
    public func findingLocation(for flag: ContainerCommand.Flag) -> Node {
        let commandItems = container.node["command"]?.items ?? []
        if commandItems.contains(flag.node) { return flag.node }
        return container.commandKey ?? flag.node
    }
}

/// Wording for findings about a component's flags, so every flag rule speaks the same way.
extension Findings {
    /// A flag is present with a value it should not have, or is present at all when it should not
    /// be: "… runs kube-apiserver with --kubelet-https=false; expected --kubelet-https=true."
    public mutating func wrongFlag(_ flag: ContainerCommand.Flag, in invocation: ComponentInvocation, expected: String) {
        let container = invocation.container
        let shown = flag.value.map { "\(flag.name)=\($0)" } ?? flag.name
        add("\(container.displayName) runs \(invocation.component) with \(shown); expected \(expected).",
            at: invocation.findingLocation(for: flag), scope: container.node, object: container.object,
            container: container)
    }

    /// None of `accepted` admission plugins is turned on (the first is the one to recommend). Points
    /// at the flag that turns the recommended plugin off, else at `--enable-admission-plugins`
    /// when it is there without it, else at the `command` key.
    public mutating func admissionPluginNotEnabled(_ accepted: [String], in apiserver: ComponentInvocation) {
        guard let plugin = accepted.first else { return }
        let alternatives = accepted.dropFirst()
        let wanted = plugin + (alternatives.isEmpty ? "" : " (or \(alternatives.joined(separator: " or ")))")
        let listFlags = [ComponentInvocation.enableAdmissionPlugins, ComponentInvocation.legacyAdmissionControl]
        if let disabling = apiserver.flagDisabling(admissionPlugin: plugin) {
            wrongFlag(disabling, in: apiserver, expected: "\(plugin) to be enabled")
        } else if let enabling = apiserver.flags.last(where: { listFlags.contains($0.name) }) {
            wrongFlag(enabling, in: apiserver, expected: "\(enabling.name) to include \(wanted)")
        } else {
            missingFlag(ComponentInvocation.enableAdmissionPlugins, in: apiserver, expected: "including \(wanted)")
        }
    }
}

extension Findings {
    /// A numeric flag must be at least `minimum` `unit`: missing, unreadable or lower is a finding
    /// ("expected --audit-log-maxage=30 (days) or more").
    public mutating func flagBelowMinimum(_ name: String, _ minimum: Int, _ unit: String, in invocation: ComponentInvocation) {
        guard let flag = invocation.flag(name) else {
            missingFlag(name, in: invocation, expected: "set to \(minimum) \(unit) or more")
            return
        }
        if (invocation.intValue(of: name) ?? 0) < minimum {
            wrongFlag(flag, in: invocation, expected: "\(name)=\(minimum) (\(unit)) or more")
        }
    }
}
