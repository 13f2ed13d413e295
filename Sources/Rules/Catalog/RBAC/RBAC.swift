/// Rules about Roles, ClusterRoles and their bindings: to whom bindings give a role
/// (`cluster-admin`, `default` accounts).
extension Catalog {
    static let rbac: [Rule] = [
        .clusterAdminRoleBindingWithSuperUserPermissions,
        .roleBindingToDefaultServiceAccount,
    ]
}
