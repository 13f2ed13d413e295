import YAML

extension KubernetesObject {
    /// Kinds the API server keeps outside any namespace: a `namespace` in their metadata is
    /// ignored. Built-in kinds, and the cluster-wide kinds of widely used add-ons.
    static let clusterScopedKinds: Set<String> = [
        "APIService", "CertificateSigningRequest", "ClusterRole", "ClusterRoleBinding",
        "ClusterTrustBundle", "ComponentStatus", "CSIDriver", "CSINode", "CustomResourceDefinition",
        "DeviceClass", "FlowSchema", "IngressClass", "IPAddress", "MutatingAdmissionPolicy",
        "MutatingAdmissionPolicyBinding", "MutatingWebhookConfiguration", "Namespace", "Node",
        "PersistentVolume", "PodSecurityPolicy", "PriorityClass", "PriorityLevelConfiguration",
        "ResourceSlice", "RuntimeClass", "SelfSubjectAccessReview", "SelfSubjectReview",
        "SelfSubjectRulesReview", "ServiceCIDR", "StorageClass", "StorageVersion",
        "SubjectAccessReview", "TokenReview", "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration", "VolumeAttachment",
        "VolumeAttributesClass",
        // cert-manager, Kyverno, External Secrets, Gateway API
        "ClusterIssuer", "ClusterPolicy", "ClusterSecretStore", "GatewayClass",
    ]

    /// Whether this document is a configuration file read by a component or a tool
    /// (`KubeletConfiguration`, an audit `Policy`, an `EncryptionConfiguration`, a kubeconfig)
    /// rather than an object stored by the API server.
    public var isComponentConfiguration: Bool {
        guard let apiVersion else { return false }
        let group = apiVersion.split(separator: "/").dropLast().first ?? ""
        if apiVersion == "v1" && kind == "Config" { return true }
        return group.hasSuffix("config.k8s.io") || group == "audit.k8s.io" || group == "kubeadm.k8s.io"
            || group == "apiserver.k8s.io" || group.hasSuffix(".admission.k8s.io")
    }

    /// Whether the API server keeps this object in a namespace.
    public var isNamespaced: Bool {
        !isComponentConfiguration && !Self.clusterScopedKinds.contains(kind)
    }
}
