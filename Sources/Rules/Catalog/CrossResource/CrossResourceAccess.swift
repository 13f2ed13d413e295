/// Rules that judge an object by others of the scan: the service account a pod runs as, the
/// pods a Service selects, the bindings that hand a role to service accounts, and the external
/// secret stores a scan sets up.
extension Catalog {
    static let crossResourceAccess: [Rule] = [
        .ingressControllerExposesWorkload,
        .notUniqueCertificateAuthority,
        .serviceAccountAllowsAccessSecrets,
        .serviceAccountTokenAutomountNotDisabled,
        .serviceDoesNotTargetPod,
        .sharedServiceAccount,
        .usingKubernetesNativeSecretManagement,
    ]
}
