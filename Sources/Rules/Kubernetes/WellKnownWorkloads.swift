import YAML

extension String {
    /// The words of a name such as `tiller-deploy` or `helm_tiller.v2`, lowercased.
    var nameWords: [Substring] {
        lowercased().split { $0 == "-" || $0 == "_" || $0 == "." }
    }
}

extension Container {
    /// Whether the container runs Helm v2's server, Tiller: its image's name has the word
    /// `tiller` (`gcr.io/kubernetes-helm/tiller`, `ghcr.io/helm/tiller`).
    public var runsTiller: Bool { imageReference?.name.nameWords.contains("tiller") == true }

    /// Whether the container runs the Kubernetes dashboard or one of its parts: an image
    /// published under `kubernetesui`, or named `kubernetes-dashboard…`.
    public var runsKubernetesDashboard: Bool {
        imageReference?.components.contains { $0 == "kubernetesui" || $0.hasPrefix("kubernetes-dashboard") } == true
    }
}

extension PodSpec {
    /// The key of the list holding `container` (`containers`, `initContainers`).
    public func listKey(of container: Container) -> Node? {
        node.entry(container.kind.key)?.key
    }
}

extension KubernetesObject {
    /// A `metadata` mapping that names Tiller: its `name`, or its `name` label, has the word
    /// `tiller`. Returns the value that does.
    public static func tillerMarker(in metadata: Node?) -> Node? {
        guard let metadata else { return nil }
        if let name = metadata["name"], name.scalar?.nameWords.contains("tiller") == true { return name }
        if let label = metadata["labels"]?["name"], label.scalar?.nameWords.contains("tiller") == true { return label }
        return nil
    }
}

/// Where Tiller listens for gRPC requests, from its `--listen` (or Go's `-listen`) flag.
public struct TillerListenAddress: Sendable {
    /// The address as written, `127.0.0.1:44134`.
    public let value: String
    /// The scalar holding the flag.
    public let node: Node

    /// Whether only the pod itself can connect: a loopback host. Tiller's default, `:44134`,
    /// listens on every address of the pod.
    public var isLoopback: Bool {
        var host = Substring(value)
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

extension Container {
    /// The address Tiller listens on, when `command` or `args` set it; the last one wins, as
    /// with Go's flags.
    public var tillerListenAddress: TillerListenAddress? {
        let words = commandLine.words
        var found: TillerListenAddress?
        for (index, word) in words.enumerated() {
            for prefix in ["--listen", "-listen"] {
                if word.text.hasPrefix(prefix + "=") {
                    found = TillerListenAddress(value: String(word.text.dropFirst(prefix.count + 1)), node: word.node)
                } else if word.text == prefix, index + 1 < words.count {
                    found = TillerListenAddress(value: words[index + 1].text, node: word.node)
                }
            }
        }
        return found
    }

    /// The key (`command`, `args`) of the list a scalar of this container belongs to.
    public func listKey(holding scalar: Node) -> Node? {
        guard let list = scalar.parent else { return nil }
        return node.pairs.first { $0.value == list }?.key
    }

    /// The `args` key, when the container has one.
    public var argsKey: Node? { node.entry("args")?.key }
}
