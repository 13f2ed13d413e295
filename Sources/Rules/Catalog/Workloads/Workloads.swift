/// Rules about how workloads are run: resources, probes, images, volumes and mounts, service
/// accounts, scheduling, and well-known risky deployments (Tiller, the dashboard).
extension Catalog {
    static let workloads: [Rule] = [
        .cpuLimitsNotSet,
        .cpuRequestsNotSet,
        .dashboardIsEnabled,
        .deploymentHasNoPodAntiAffinity,
        .dockerDaemonSocketIsExposedToContainers,
        .imagePullPolicyOfContainerIsNotAlways,
        .imageWithoutDigest,
        .invalidImage,
        .livenessProbeIsNotDefined,
        .memoryLimitsNotDefined,
        .memoryRequestsNotDefined,
        .nonKubeSystemPodWithHostMount,
        .readinessProbeIsNotConfigured,
        .secretsAsEnvironmentVariables,
        .serviceAccountNameUndefinedOrEmpty,
        .statefulSetHasNoPodAntiAffinity,
        .tillerDeploymentIsAccessibleFromWithinTheCluster,
        .tillerIsDeployed,
        .volumeMountWithOSDirectoryWritePermissions,
        .workloadHostPortNotSpecified,
        .workloadMountingWithSensitiveOSDirectory,
    ]
}
