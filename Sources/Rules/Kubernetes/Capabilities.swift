import Foundation
import YAML

/// A Linux capability as a manifest names it. Container runtimes upper-case the names they are
/// given, and people write the kernel's `CAP_` prefix or leave it out, so `NET_RAW`, `net_raw`
/// and `CAP_NET_RAW` are the same capability here.
public struct Capability: Hashable, Sendable, CustomStringConvertible {
    /// Upper case, without `CAP_`: `NET_RAW`, `ALL`.
    public let name: String

    public init(_ text: String) {
        var name = text.trimmingCharacters(in: .whitespaces).uppercased()
        if name.hasPrefix("CAP_") { name.removeFirst(4) }
        self.name = name
    }

    public var description: String { name }

    /// Every capability at once, in `add` or `drop`.
    public static let all = Capability("ALL")
    public static let netRaw = Capability("NET_RAW")
    public static let sysAdmin = Capability("SYS_ADMIN")
    public static let netBindService = Capability("NET_BIND_SERVICE")
}

/// A list of capabilities in a manifest — a container's `capabilities.add` or `drop`, a
/// PodSecurityPolicy's `allowedCapabilities` — each item with the node it was read from.
public struct CapabilityList: Sendable {
    public struct Item: Sendable {
        public let capability: Capability
        public let node: Node
    }

    /// The list's key (`add`, `drop`, `allowedCapabilities`); nil when the list is not there.
    public let key: Node?
    public let items: [Item]

    /// The list written under `entry`, or an absent list when `entry` is nil or null.
    public init(_ entry: (key: Node, value: Node)?) {
        guard let entry, !entry.value.isNull else {
            key = nil
            items = []
            return
        }
        key = entry.key
        items = entry.value.items.compactMap { node in node.scalar.map { Item(capability: Capability($0), node: node) } }
    }

    /// Whether the list is written at all, even empty.
    public var isPresent: Bool { key != nil }
    public var isEmpty: Bool { items.isEmpty }
    public var capabilities: [Capability] { items.map(\.capability) }

    public func contains(_ capability: Capability) -> Bool {
        items.contains { $0.capability == capability }
    }

    /// The first item naming `capability`, or `ALL` when `includingAll` and the list has it.
    public func item(_ capability: Capability, includingAll: Bool = false) -> Item? {
        items.first { $0.capability == capability || (includingAll && $0.capability == .all) }
    }

    /// The names, for messages: `NET_ADMIN, SYS_TIME`.
    public static func names(_ capabilities: [Capability]) -> String {
        capabilities.map(\.name).joined(separator: ", ")
    }
}

/// A container's `securityContext.capabilities`: what it adds to and drops from the runtime's
/// default set.
public struct ContainerCapabilities: Sendable {
    /// The `capabilities` key; nil when the container sets none.
    public let key: Node?
    public let added: CapabilityList
    public let dropped: CapabilityList

    /// Whether the container drops `capability`, by name or with `ALL`.
    public func drops(_ capability: Capability) -> Bool {
        dropped.contains(capability) || dropped.contains(.all)
    }
}

extension Container {
    /// What this container adds to and drops from the default capabilities.
    public var capabilities: ContainerCapabilities {
        let entry = securityContext?.entry("capabilities").flatMap { $0.value.isNull ? nil : $0 }
        return ContainerCapabilities(key: entry?.key, added: CapabilityList(entry?.value.entry("add")),
                                     dropped: CapabilityList(entry?.value.entry("drop")))
    }
}
