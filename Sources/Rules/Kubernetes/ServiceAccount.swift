import YAML

extension PodSpec {
    /// The `serviceAccountName` entry, when written and not `null`.
    public var serviceAccountNameEntry: (key: Node, value: Node)? {
        guard let entry = node.entry("serviceAccountName"), !entry.value.isNull else { return nil }
        return entry
    }

    /// The service account the pod runs as, when the manifest names one: `serviceAccountName`,
    /// or else the deprecated `serviceAccount`, which the API server copies into it when
    /// `serviceAccountName` is empty. Nil means the namespace's `default` account.
    public var serviceAccountName: String? {
        for field in ["serviceAccountName", "serviceAccount"] {
            if let name = node[field]?.scalar, !name.isEmpty, !(node[field]?.isNull ?? true) { return name }
        }
        return nil
    }

    /// Whether the pod holds a token for its service account: unless it sets
    /// `automountServiceAccountToken: false`, the kubelet mounts one, and a projected
    /// `serviceAccountToken` volume brings one too.
    public var holdsServiceAccountToken: Bool {
        if node["automountServiceAccountToken"]?.bool != false { return true }
        return volumes.contains { volume in
            (volume["projected"]?["sources"]?.items ?? []).contains { source in
                source["serviceAccountToken"].map { !$0.isNull } ?? false
            }
        }
    }
}
