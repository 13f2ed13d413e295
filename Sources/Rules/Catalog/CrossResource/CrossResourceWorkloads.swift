/// Rules that judge a workload or policy by the other objects of the scan: the budgets, Services,
/// autoscalers and network policies that must (or must not) go with it.
extension Catalog {
    static let crossResourceWorkloads: [Rule] = [
        .deploymentWithoutPodDisruptionBudget,
        .hpaTargetedDeploymentsWithConfiguredReplicaCount,
        .networkPolicyIsNotTargetingAnyPod,
        .podMisconfiguredNetworkPolicy,
        .statefulSetWithoutPodDisruptionBudget,
        .statefulSetWithoutServiceName,
    ]
}
