import Foundation

/// kube-apiserver's admission plugins as its command line turns them on and off.
///
/// `--enable-admission-plugins` adds plugins to the ones on by default and
/// `--disable-admission-plugins` turns plugins off; the older `--admission-control` (deprecated,
/// still read by kube-apiserver) names plugins to run, so it counts as enabling them. Every
/// occurrence of these list flags counts, as kube-apiserver appends repeated list flags.
extension ComponentInvocation {
    public static let enableAdmissionPlugins = "--enable-admission-plugins"
    public static let disableAdmissionPlugins = "--disable-admission-plugins"
    public static let legacyAdmissionControl = "--admission-control"

    /// The plugins named to be turned on, in order.
    public var enabledAdmissionPlugins: [String] {
        flags.filter { [Self.enableAdmissionPlugins, Self.legacyAdmissionControl].contains($0.name) }
            .flatMap { ($0.value ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    /// The plugins named to be turned off, in order.
    public var disabledAdmissionPlugins: [String] {
        listValue(of: Self.disableAdmissionPlugins)
    }

    /// Whether the command line turns `plugin` on by name and does not turn it off.
    public func enablesAdmissionPlugin(_ plugin: String) -> Bool {
        enabledAdmissionPlugins.contains(plugin) && !disabledAdmissionPlugins.contains(plugin)
    }

    /// The flag occurrence that turns `plugin` on, or nil.
    public func flagEnabling(admissionPlugin plugin: String) -> ContainerCommand.Flag? {
        flag(Self.enableAdmissionPlugins, listing: plugin) ?? flag(Self.legacyAdmissionControl, listing: plugin)
    }

    /// The flag occurrence that turns `plugin` off, or nil.
    public func flagDisabling(admissionPlugin plugin: String) -> ContainerCommand.Flag? {
        flag(Self.disableAdmissionPlugins, listing: plugin)
    }
}
