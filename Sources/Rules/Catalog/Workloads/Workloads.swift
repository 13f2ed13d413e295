/// Rules about workloads and pod security: privileges, users, capabilities, host namespaces and
/// paths, probes, resources, images, service accounts, and PodSecurityPolicy objects.
extension Catalog {
    static let workloads: [Rule] = [
    ]
}
