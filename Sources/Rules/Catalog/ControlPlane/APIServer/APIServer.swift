/// Rules that read kube-apiserver's flags only: admission plugins, authentication,
/// authorization, auditing, and the API server's own TLS and etcd connection.
extension Catalog {
    static let apiServer: [Rule] = [
        .alwaysAdmitAdmissionControlPluginSet,
        .alwaysPullImagesAdmissionControlPluginNotSet,
        .auditLogMaxageNotProperlySet,
        .auditLogMaxbackupNotProperlySet,
        .auditLogMaxsizeNotProperlySet,
        .auditLogPathNotSet,
        .auditPolicyFileNotDefined,
        .authorizationModeNodeNotSet,
        .authorizationModeRBACNotSet,
        .basicAuthFileIsSet,
        .eventRateLimitAdmissionControlPluginNotSet,
        .imagePolicyWebhookAdmissionControlPluginNotSet,
        .namespaceLifecycleAdmissionControlPluginDisabled,
        .nodeRestrictionAdmissionControlPluginNotSet,
        .podSecurityPolicyAdmissionControlPluginNotSet,
        .securityContextDenyAdmissionControlPluginNotSet,
        .serviceAccountAdmissionControlPluginDisabled,
        .serviceAccountKeyFileNotProperlySet,
        .serviceAccountLookupSetToFalse,
        .tokenAuthFileIsSet,
    ]
}
