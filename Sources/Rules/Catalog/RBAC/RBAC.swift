/// Rules about Roles, ClusterRoles and their bindings: what a role allows (creating pods,
/// exec, attach and port-forward, reading Secrets, impersonation, binding and escalating
/// roles, wildcards) and to whom bindings give it (`cluster-admin`, `default` accounts).
extension Catalog {
    static let rbac: [Rule] = [
        .clusterAdminRoleBindingWithSuperUserPermissions,
        .permissiveAccessToCreatePods,
        .rbacRolesAllowPrivilegeEscalation,
        .rbacRolesWithAttachPermission,
        .rbacRolesWithExecPermission,
        .rbacRolesWithImpersonatePermission,
        .rbacRolesWithPortforwardingPermissions,
        .rbacRolesWithReadSecretsPermissions,
        .rbacWildcardInRule,
        .roleBindingToDefaultServiceAccount,
    ]
}
