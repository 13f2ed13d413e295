/// Rules about how workloads are reached over the network: the type of a Service, the load
/// balancer a cloud gives it, and Services left for Tiller.
extension Catalog {
    static let network: [Rule] = [
        .serviceTypeIsNodePort,
        .serviceWithExternalLoadBalancer,
        .tillerServiceIsNotDeleted,
    ]
}
