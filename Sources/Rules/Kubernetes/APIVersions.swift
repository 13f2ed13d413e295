import YAML

/// An API version the API server no longer serves for a kind, the Kubernetes release that
/// stopped serving it, and what to write instead.
public struct RemovedAPIVersion: Sendable, Equatable {
    public let apiVersion: String
    public let kind: String
    /// The first release that no longer serves it, `1.16`.
    public let removedIn: String
    /// The version to use instead, or what replaces the kind where nothing does.
    public let replacement: String

    /// Kubernetes' deprecated API migration guide, by kind: a group-version is listed for the
    /// kinds it lost, as some (`networking.k8s.io/v1beta1`, `admissionregistration.k8s.io/v1beta1`)
    /// were later given new kinds that are served.
    static let table: [RemovedAPIVersion] = {
        var table: [RemovedAPIVersion] = []
        func removed(_ apiVersion: String, _ kinds: [String], in release: String, use replacement: String) {
            table += kinds.map { RemovedAPIVersion(apiVersion: apiVersion, kind: $0, removedIn: release, replacement: replacement) }
        }
        let podSecurityAdmission = "Pod Security admission (PodSecurityPolicy has no replacement API)"
        removed("extensions/v1beta1", ["DaemonSet", "Deployment", "ReplicaSet"], in: "1.16", use: "apps/v1")
        removed("extensions/v1beta1", ["NetworkPolicy"], in: "1.16", use: "networking.k8s.io/v1")
        removed("extensions/v1beta1", ["PodSecurityPolicy"], in: "1.16", use: podSecurityAdmission)
        removed("extensions/v1beta1", ["Ingress"], in: "1.22", use: "networking.k8s.io/v1")
        removed("apps/v1beta1", ["ControllerRevision", "Deployment", "StatefulSet"], in: "1.16", use: "apps/v1")
        removed("apps/v1beta2", ["ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"], in: "1.16", use: "apps/v1")
        removed("networking.k8s.io/v1beta1", ["Ingress", "IngressClass"], in: "1.22", use: "networking.k8s.io/v1")
        for version in ["rbac.authorization.k8s.io/v1alpha1", "rbac.authorization.k8s.io/v1beta1"] {
            removed(version, ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], in: "1.22", use: "rbac.authorization.k8s.io/v1")
        }
        removed("admissionregistration.k8s.io/v1beta1", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
                in: "1.22", use: "admissionregistration.k8s.io/v1")
        removed("apiextensions.k8s.io/v1beta1", ["CustomResourceDefinition"], in: "1.22", use: "apiextensions.k8s.io/v1")
        removed("apiregistration.k8s.io/v1beta1", ["APIService"], in: "1.22", use: "apiregistration.k8s.io/v1")
        removed("authentication.k8s.io/v1beta1", ["TokenReview"], in: "1.22", use: "authentication.k8s.io/v1")
        removed("authorization.k8s.io/v1beta1",
                ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview", "SubjectAccessReview"],
                in: "1.22", use: "authorization.k8s.io/v1")
        removed("certificates.k8s.io/v1beta1", ["CertificateSigningRequest"], in: "1.22", use: "certificates.k8s.io/v1")
        removed("coordination.k8s.io/v1beta1", ["Lease"], in: "1.22", use: "coordination.k8s.io/v1")
        removed("scheduling.k8s.io/v1beta1", ["PriorityClass"], in: "1.22", use: "scheduling.k8s.io/v1")
        removed("storage.k8s.io/v1beta1", ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], in: "1.22", use: "storage.k8s.io/v1")
        removed("storage.k8s.io/v1beta1", ["CSIStorageCapacity"], in: "1.27", use: "storage.k8s.io/v1")
        removed("batch/v1beta1", ["CronJob"], in: "1.25", use: "batch/v1")
        removed("discovery.k8s.io/v1beta1", ["EndpointSlice"], in: "1.25", use: "discovery.k8s.io/v1")
        removed("events.k8s.io/v1beta1", ["Event"], in: "1.25", use: "events.k8s.io/v1")
        removed("policy/v1beta1", ["PodDisruptionBudget"], in: "1.25", use: "policy/v1")
        removed("policy/v1beta1", ["PodSecurityPolicy"], in: "1.25", use: podSecurityAdmission)
        removed("node.k8s.io/v1beta1", ["RuntimeClass"], in: "1.25", use: "node.k8s.io/v1")
        removed("autoscaling/v2beta1", ["HorizontalPodAutoscaler"], in: "1.25", use: "autoscaling/v2")
        removed("autoscaling/v2beta2", ["HorizontalPodAutoscaler"], in: "1.26", use: "autoscaling/v2")
        let flowControl = ["FlowSchema", "PriorityLevelConfiguration"]
        removed("flowcontrol.apiserver.k8s.io/v1beta1", flowControl, in: "1.26", use: "flowcontrol.apiserver.k8s.io/v1")
        removed("flowcontrol.apiserver.k8s.io/v1beta2", flowControl, in: "1.29", use: "flowcontrol.apiserver.k8s.io/v1")
        removed("flowcontrol.apiserver.k8s.io/v1beta3", flowControl, in: "1.32", use: "flowcontrol.apiserver.k8s.io/v1")
        return table
    }()

    /// The entry for a kind at an API version, when that version no longer serves the kind.
    public static func entry(apiVersion: String, kind: String) -> RemovedAPIVersion? {
        table.first { $0.apiVersion == apiVersion && $0.kind == kind }
    }
}

extension KubernetesObject {
    /// The object's `apiVersion`, when Kubernetes no longer serves its kind at that version.
    public var removedAPIVersion: RemovedAPIVersion? {
        apiVersion.flatMap { RemovedAPIVersion.entry(apiVersion: $0, kind: kind) }
    }
}
