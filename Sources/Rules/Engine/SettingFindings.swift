import YAML

/// The words the control-plane rules report with: a flag with an unsafe value, and a setting of a
/// component's configuration file that is unsafe or left out.
extension Findings {
    /// A flag is set to a value it should not have. Points at the container's `command` key, where
    /// KICS places every finding about a component's command line wherever the flag sits in
    /// `command` or `args`, so both tools report the same line; the message names the flag and its
    /// value, which is what the reader looks for.
    public mutating func unsafeFlag(_ flag: ContainerCommand.Flag, in invocation: ComponentInvocation, expected: String) {
        let container = invocation.container
        let shown = flag.value.map { "\(flag.name)=\($0)" } ?? flag.name
        add("\(container.displayName) runs \(invocation.component) with \(shown); expected \(expected).",
            at: container.commandKey ?? container.node, scope: container.node, object: container.object,
            container: container)
    }

    /// A configuration file sets `setting` to a value it should not have: points at the setting's
    /// key, or at `location` when the finding belongs elsewhere (the map holding it).
    public mutating func unsafeSetting(_ setting: ConfigurationSetting, in configuration: some ComponentConfiguration,
                                       expected: String, at location: Node? = nil) {
        let object = configuration.object
        add("\(object.identity) sets \(setting.path) to \(setting.shownValue); expected \(expected).",
            at: location ?? setting.key, scope: object.node, object: object)
    }

    /// A configuration file leaves out a setting whose default is unsafe: points at the document's
    /// `kind` key, as KICS does.
    public mutating func missingSetting(_ path: String, in configuration: some ComponentConfiguration, expected: String) {
        let object = configuration.object
        add("\(object.identity) does not set \(path) (expected \(expected)).",
            at: configuration.kindKey, scope: object.node, object: object)
    }
}
