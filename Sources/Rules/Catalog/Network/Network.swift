/// Rules about how workloads are reached over the network: whether the network plugin enforces
/// network policies, the type of a Service, the load balancer a cloud gives it, and Services
/// left for Tiller.
extension Catalog {
    static let network: [Rule] = [
        .cniPluginDoesNotSupportNetworkPolicies,
        .serviceTypeIsNodePort,
        .serviceWithExternalLoadBalancer,
        .tillerServiceIsNotDeleted,
    ]
}
