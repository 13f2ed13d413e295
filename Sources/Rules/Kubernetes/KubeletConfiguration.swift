import YAML

/// A kubelet configuration file (`kind: KubeletConfiguration`,
/// `apiVersion: kubelet.config.k8s.io/v1beta1`), in YAML or JSON: the settings the kubelet reads
/// with `--config`. Each accessor gives the setting as written, or nil when the file leaves it to
/// the default — which for a configuration file is sometimes safer than the flag's default
/// (`readOnlyPort` defaults to 0 here, `--read-only-port` to 10255).
public struct KubeletConfiguration: ComponentConfiguration {
    public let object: KubernetesObject

    public init?(_ object: KubernetesObject) {
        guard object.isConfiguration(kind: "KubeletConfiguration", group: "kubelet.config.k8s.io") else { return nil }
        self.object = object
    }

    /// `authentication.anonymous.enabled`: whether requests without credentials are served (off when left out).
    public var anonymousAuthEnabled: ConfigurationSetting? { setting("authentication.anonymous.enabled") }

    /// `authentication.x509.clientCAFile`: the CA bundle client certificates are checked against.
    public var clientCAFile: ConfigurationSetting? { setting("authentication.x509.clientCAFile") }

    /// `authorization.mode`: `Webhook` (asks the API server) or `AlwaysAllow`.
    public var authorizationMode: ConfigurationSetting? { setting("authorization.mode") }

    /// `readOnlyPort`: the unauthenticated read-only port (closed, 0, when left out).
    public var readOnlyPort: ConfigurationSetting? { setting("readOnlyPort") }

    /// `rotateCertificates`: whether the kubelet renews its client certificate (off when left out).
    public var rotateCertificates: ConfigurationSetting? { setting("rotateCertificates") }

    /// `serverTLSBootstrap`: whether the kubelet asks the API server for its serving certificate.
    public var serverTLSBootstrap: ConfigurationSetting? { setting("serverTLSBootstrap") }

    /// `eventRecordQPS`: how many events per second the kubelet may create.
    public var eventRecordQPS: ConfigurationSetting? { setting("eventRecordQPS") }

    /// `makeIPTablesUtilChains`: whether the kubelet keeps its iptables chains (on when left out).
    public var makeIPTablesUtilChains: ConfigurationSetting? { setting("makeIPTablesUtilChains") }

    /// `protectKernelDefaults`: whether the kubelet refuses kernel settings that differ from its own.
    public var protectKernelDefaults: ConfigurationSetting? { setting("protectKernelDefaults") }

    /// `streamingConnectionIdleTimeout`: how long an idle `exec`/`attach`/`port-forward` stream lives.
    public var streamingConnectionIdleTimeout: ConfigurationSetting? { setting("streamingConnectionIdleTimeout") }

    /// `tlsCertFile` and `tlsPrivateKeyFile`: the kubelet's serving certificate and key.
    public var tlsCertFile: ConfigurationSetting? { setting("tlsCertFile") }
    public var tlsPrivateKeyFile: ConfigurationSetting? { setting("tlsPrivateKeyFile") }

    /// `tlsCipherSuites`: the TLS cipher suites the kubelet's server accepts.
    public var tlsCipherSuites: ConfigurationSetting? { setting("tlsCipherSuites") }

    /// `featureGates`: the map of feature gates.
    public var featureGates: ConfigurationSetting? { setting("featureGates") }

    /// One feature gate of `featureGates` (`featureGates.RotateKubeletServerCertificate`).
    public func featureGate(_ gate: String) -> ConfigurationSetting? { setting("featureGates.\(gate)") }
}

extension KubernetesObject {
    /// This document read as a kubelet configuration file, when it is one.
    public var kubeletConfiguration: KubeletConfiguration? { KubeletConfiguration(self) }
}
