/// Rules about how workloads are run: resources, probes, images, volumes and mounts, service
/// accounts, scheduling, and well-known risky deployments (Tiller, the dashboard).
extension Catalog {
    static let workloads: [Rule] = [
        .dashboardIsEnabled,
        .deploymentHasNoPodAntiAffinity,
        .dockerDaemonSocketIsExposedToContainers,
        .nonKubeSystemPodWithHostMount,
        .statefulSetHasNoPodAntiAffinity,
        .tillerDeploymentIsAccessibleFromWithinTheCluster,
        .tillerIsDeployed,
        .volumeMountWithOSDirectoryWritePermissions,
        .workloadHostPortNotSpecified,
        .workloadMountingWithSensitiveOSDirectory,
    ]
}
