/// Rules about objects as the cluster stores and serves them: API versions it still serves,
/// label syntax, namespaces, CronJob deadlines, autoscaler metrics and StatefulSet storage.
extension Catalog {
    static let cluster: [Rule] = [
        .auditPolicyNotCoverKeySecurityConcerns,
        .cronJobDeadlineNotConfigured,
        .encryptionProviderNotProperlyConfigured,
        .hpaTargetsInvalidObject,
        .incorrectVolumeClaimAccessModeReadWriteOnce,
        .metadataLabelIsInvalid,
        .objectIsUsingADeprecatedAPIVersion,
        .statefulSetRequestsStorage,
        .usingUnrecommendedNamespace,
    ]
}
