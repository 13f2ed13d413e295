/// Rules that read the command-line flags of control-plane components (kubelet, etcd,
/// kube-controller-manager, kube-scheduler, and flags several components share) and kubelet
/// configuration files. kube-apiserver-only rules live in `APIServer/`.
extension Catalog {
    static let controlPlane: [Rule] = [
        .kubeletClientCertificateOrKeyNotSet,
    ]
}
