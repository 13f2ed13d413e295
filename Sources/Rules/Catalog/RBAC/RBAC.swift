/// Rules about Roles, ClusterRoles and their bindings: what a role allows (creating pods,
/// reading Secrets, impersonation, binding and escalating roles, wildcards) and to whom
/// bindings give it (`cluster-admin`, `default` accounts).
extension Catalog {
    static let rbac: [Rule] = [
        .clusterAdminRoleBindingWithSuperUserPermissions,
        .permissiveAccessToCreatePods,
        .rbacRolesAllowPrivilegeEscalation,
        .rbacRolesWithImpersonatePermission,
        .rbacRolesWithReadSecretsPermissions,
        .rbacWildcardInRule,
        .roleBindingToDefaultServiceAccount,
    ]
}
