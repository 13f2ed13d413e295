/// Rules about what a pod may do to its node: privileges, users, capabilities, host namespaces,
/// sysctls, and the PodSecurityPolicy objects that admit such pods.
extension Catalog {
    static let podSecurity: [Rule] = [
        .clusterAllowsUnsafeSysctls,
        .containerIsPrivileged,
        .containerRunningAsRoot,
        .containerWithLowUID,
        .containerWithUnmaskedProcAccess,
        .containersMissingDropCapabilities,
        .containersWithAddedCapabilities,
        .containersWithSysAdminCapabilities,
        .missingAppArmorProfile,
        .netRawCapabilitiesNotDropped,
        .podOrContainerWithoutSecurityContext,
        .privilegeEscalationAllowed,
        .rootContainerNotMountedAsReadOnly,
        .seccompProfileIsNotConfigured,
        .sharedHostIPCNamespace,
        .sharedHostNetworkNamespace,
        .sharedHostPIDNamespace,
        // PodSecurityPolicy/
        .netRawCapabilitiesDisabledForPSP,
        .podSecurityPolicyAllowsHostNetworkSharing,
        .pspAllowsPrivilegeEscalation,
        .pspAllowsSharingHostIPC,
        .pspAllowsSharingHostPID,
        .pspSetToPrivileged,
        .pspWithAddedCapabilities,
        .pspWithUnrestrictedAccessToHostPath,
        .rootContainersAdmitted,
        .unrestrictedCapabilitiesInPodSecurityPolicy,
    ]
}
