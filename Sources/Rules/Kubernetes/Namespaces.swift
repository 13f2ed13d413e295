import YAML

extension KubernetesObject {
    /// Kinds that make up an application inside its namespace: what runs it, how it is
    /// reached, its configuration, credentials and permissions.
    static let applicationKinds: Set<String> = [
        "ConfigMap", "CronJob", "DaemonSet", "Deployment", "Ingress", "Job", "Pod", "ReplicaSet",
        "ReplicationController", "Role", "RoleBinding", "Secret", "Service", "ServiceAccount", "StatefulSet",
    ]

    /// Knative's kinds of the same kind, by API group.
    static let knativeApplicationKinds: [String: Set<String>] = [
        "serving.knative.dev": ["Configuration", "Revision", "Service"],
        "sources.knative.dev": ["ContainerSource"],
    ]

    /// The API group of `apiVersion`: empty for the core group (`v1`).
    public var apiGroup: String {
        guard let apiVersion, let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }

    /// Whether the object is part of an application, to be placed in the application's own
    /// namespace. Objects that configure a namespace itself (`NetworkPolicy`, `ResourceQuota`,
    /// `LimitRange`) belong in whichever namespace they guard, `default` included, and
    /// cluster-wide kinds have no namespace.
    public var isApplicationObject: Bool {
        if let kinds = Self.knativeApplicationKinds[apiGroup] { return kinds.contains(kind) }
        let coreOrBuiltIn = apiGroup.isEmpty || apiGroup == "apps" || apiGroup == "batch"
            || apiGroup == "networking.k8s.io" || apiGroup == "extensions" || apiGroup == "rbac.authorization.k8s.io"
        return coreOrBuiltIn && Self.applicationKinds.contains(kind)
    }
}
