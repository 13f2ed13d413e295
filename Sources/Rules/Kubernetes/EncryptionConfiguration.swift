import YAML

/// An `EncryptionConfiguration` (`apiserver.config.k8s.io`), as the API server's
/// `--encryption-provider-config` reads it: for groups of resources, the providers that
/// encrypt them at rest in etcd.
public struct EncryptionConfiguration: Sendable {
    public let object: KubernetesObject

    /// One item of `resources`: the resources it names and their providers, in order. The API
    /// server encrypts with the first provider and decrypts with any of them.
    public struct Entry: Sendable {
        public let node: Node
        public var resources: [String] { (node["resources"]?.items ?? []).compactMap(\.scalar) }
        public var providersKey: Node? { node.entry("providers")?.key }
        /// The provider names in order (`identity`, `aescbc`, `kms`, …).
        public var providers: [String] {
            (node["providers"]?.items ?? []).compactMap { $0.pairs.first?.key.scalar }
        }

        /// Whether the entry applies to Secrets: it names them, or every resource (`*.*`) or
        /// every resource of the core group (`*.`).
        public var coversSecrets: Bool {
            resources.contains { ["secrets", "*.", "*.*"].contains($0) }
        }
    }

    /// Providers that encrypt well without anything else to do: a key management service,
    /// XSalsa20-Poly1305, AES-CBC. `aesgcm` needs its key rotated every 200,000 writes, and
    /// `identity` does not encrypt.
    public static let strongProviders: Set<String> = ["aescbc", "kms", "secretbox"]

    public var entries: [Entry] {
        (object.node["resources"]?.items ?? []).filter { $0.kind == .mapping }.map(Entry.init)
    }

    /// The entry the API server uses for Secrets: the first that covers them.
    public var secretsEntry: Entry? { entries.first(where: \.coversSecrets) }

    /// The top-level `resources` key, else the `kind` key.
    public var resourcesLocation: Node { object.node.entry("resources")?.key ?? object.node.entry("kind")?.key ?? object.node }
}

extension KubernetesObject {
    /// The object as an encryption configuration file, when it is one.
    public var encryptionConfiguration: EncryptionConfiguration? {
        kind == "EncryptionConfiguration" && apiGroup == "apiserver.config.k8s.io" ? EncryptionConfiguration(object: self) : nil
    }
}
