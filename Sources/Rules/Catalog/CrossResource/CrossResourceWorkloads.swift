/// Rules that judge a workload or policy by the other objects of the scan: the budgets, Services,
/// autoscalers, network policies, limit ranges and quotas that must (or must not) go with it.
extension Catalog {
    static let crossResourceWorkloads: [Rule] = [
        .deploymentWithoutPodDisruptionBudget,
        .hpaTargetedDeploymentsWithConfiguredReplicaCount,
        .networkPolicyIsNotTargetingAnyPod,
        .podMisconfiguredNetworkPolicy,
        .podOrContainerWithoutLimitRange,
        .podOrContainerWithoutResourceQuota,
        .statefulSetWithoutPodDisruptionBudget,
        .statefulSetWithoutServiceName,
    ]
}
