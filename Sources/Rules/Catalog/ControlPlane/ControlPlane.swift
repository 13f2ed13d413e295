/// Rules that read the command-line flags of control-plane components (kubelet, etcd,
/// kube-controller-manager, kube-scheduler, and flags several components share) and the
/// components' configuration files (KubeletConfiguration, KubeSchedulerConfiguration).
/// kube-apiserver-only rules live in `APIServer/`.
extension Catalog {
    static let controlPlane: [Rule] = [
        // kube-apiserver's side of its connection to the kubelets.
        .kubeletClientCertificateOrKeyNotSet,
        // Flags and settings several components share.
        .anonymousAuthIsNotSetToFalse,
        .authorizationModeSetToAlwaysAllow,
        .bindAddressNotProperlySet,
        .clientCertificateAuthenticationNotSetupProperly,
        .profilingNotSetToFalse,
        .rotateKubeletServerCertificateNotActive,
        .tlsConnectionCertificateNotSetup,
        .weakTLSCipherSuites,
        // Kubelet.
        .kubeletClientPeriodicCertificateSwitchDisabled,
        .kubeletEventQPSNotProperlySet,
        .kubeletHostnameOverrideIsSet,
        .kubeletNotManagingIPTables,
        .kubeletProtectKernelDefaultsSetToFalse,
        .kubeletReadOnlyPortIsNotSetToZero,
        .kubeletStreamingConnectionTimeoutDisabled,
        // etcd.
        .autoTLSSetToTrue,
        .etcdClientCertificateAuthenticationSetToFalse,
        .etcdPeerClientCertificateAuthenticationSetToFalse,
        .etcdPeerTLSCertificateFilesNotProperlySet,
        .etcdTLSCertificateFilesNotProperlySet,
        .peerAutoTLSSetToTrue,
        // kube-controller-manager.
        .rootCAFileNotDefined,
        .serviceAccountPrivateKeyFileNotDefined,
        .terminatedPodGarbageCollectorThresholdNotProperlySet,
        .useServiceAccountCredentialsNotSetToTrue,
    ]
}
