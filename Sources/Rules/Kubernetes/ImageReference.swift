import YAML

/// A container image reference, read as the container runtime reads one:
/// `[registry[:port]/]repository[:tag][@digest]`. Nothing here checks the characters, so a
/// placeholder such as `$IMAGE:1.2` is read too.
public struct ImageReference: Sendable, Hashable {
    public let text: String
    /// The registry host (and port) when the reference names one (`registry.example:5000`,
    /// `localhost`); nil for Docker Hub's short names (`nginx`, `library/nginx`).
    public let registry: String?
    /// The repository, with its registry when one is named.
    public let repository: String
    /// The tag after the last `:` of the last path component; nil when none is written.
    public let tag: String?
    /// The content digest after `@` (`sha256:…`); nil when none is written.
    public let digest: String?

    public init(_ text: String) {
        self.text = text
        var name = Substring(text)
        if let at = name.firstIndex(of: "@") {
            let digest = name[name.index(after: at)...]
            self.digest = digest.isEmpty ? nil : String(digest)
            name = name[..<at]
        } else {
            digest = nil
        }
        // A `:` before the last `/` belongs to the registry's port, not to a tag.
        let lastComponentStart = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        if let colon = name[lastComponentStart...].lastIndex(of: ":") {
            let tag = name[name.index(after: colon)...]
            self.tag = tag.isEmpty ? nil : String(tag)
            name = name[..<colon]
        } else {
            tag = nil
        }
        repository = String(name)
        if let slash = name.firstIndex(of: "/") {
            let first = name[..<slash]
            registry = first.contains(".") || first.contains(":") || first == "localhost" ? String(first) : nil
        } else {
            registry = nil
        }
    }

    /// The repository's path components, lowercased, registry included: `gcr.io`,
    /// `kubernetes-helm`, `tiller`. Rules recognise software by them, never by the tag:
    /// `app:kubernetes-dashboard` is not the dashboard.
    public var components: [String] { repository.split(separator: "/").map { $0.lowercased() } }

    /// The image's own name, the last component: `tiller` in `gcr.io/kubernetes-helm/tiller`.
    public var name: String { components.last ?? "" }

    /// Whether the reference names fixed content: a digest, which no push can move.
    public var isPinned: Bool { digest != nil }

    /// Whether the reference is the moving `latest` tag, written or implied: no tag and no digest
    /// means `latest`.
    public var isLatest: Bool { tag == "latest" || (tag == nil && digest == nil) }

    /// The pull policy the API server fills in when a container sets none: `Always` for the
    /// `latest` tag, written or implied, `IfNotPresent` for any other tag or a digest.
    public var defaultPullPolicy: String { isLatest ? "Always" : "IfNotPresent" }
}

extension Container {
    /// The container's `image` entry; nil when it has none (or `null`).
    public var imageEntry: (key: Node, value: Node)? {
        guard let entry = node.entry("image"), !entry.value.isNull else { return nil }
        return entry
    }

    /// The container's image, read as a reference; nil when it has no image text.
    public var imageReference: ImageReference? {
        guard let text = imageEntry?.value.scalar, !text.isEmpty else { return nil }
        return ImageReference(text)
    }

    /// The `imagePullPolicy` entry; nil when the container sets none (or `null`).
    public var imagePullPolicyEntry: (key: Node, value: Node)? {
        guard let entry = node.entry("imagePullPolicy"), !entry.value.isNull else { return nil }
        return entry
    }
}
