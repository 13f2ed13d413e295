import YAML

/// The words the control-plane rules report with about a component's configuration file: a
/// setting that is unsafe or left out (flags: `FlagFindings.swift`).
extension Findings {
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
