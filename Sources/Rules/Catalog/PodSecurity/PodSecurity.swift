/// Rules about what a pod may do to its node: privileges, users, capabilities, host namespaces,
/// sysctls, and the PodSecurityPolicy objects that admit such pods.
extension Catalog {
    static let podSecurity: [Rule] = [
    ]
}
