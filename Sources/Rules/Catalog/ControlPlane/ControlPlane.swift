/// Rules that read the command-line flags of control-plane components (kube-apiserver, kubelet,
/// etcd, kube-controller-manager, kube-scheduler) and kubelet configuration files.
extension Catalog {
    static let controlPlane: [Rule] = [
        .kubeletClientCertificateOrKeyNotSet,
    ]
}
