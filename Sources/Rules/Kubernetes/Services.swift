import YAML

/// A Service, read for how it is reached: its type (the API server's default is `ClusterIP`),
/// and whether a cloud's load balancer for it stays inside the private network.
public struct Service: Sendable {
    public let object: KubernetesObject

    /// The Service's `spec.type` entry, when it is written.
    public var typeEntry: (key: Node, value: Node)? { object.spec?.entry("type") }

    /// The type as the API server fills it in: `ClusterIP` when left out.
    public var type: String { typeEntry?.value.scalar ?? "ClusterIP" }

    /// Whether an annotation asks the cloud for an internal load balancer, one with a private
    /// address only. Each provider reads its own annotation, with its own values.
    public var asksForInternalLoadBalancer: Bool {
        for (key, value) in object.metadata?["annotations"]?.pairs ?? [] {
            guard let key = key.scalar, let value = value.scalar?.lowercased() else { continue }
            switch key {
            case "cloud.google.com/load-balancer-type", "networking.gke.io/load-balancer-type":
                if value == "internal" { return true }
            case "service.beta.kubernetes.io/aws-load-balancer-internal":
                // Kubernetes' AWS provider takes any value but `false` as a request for an internal one.
                if !value.isEmpty && value != "false" { return true }
            case "service.beta.kubernetes.io/aws-load-balancer-scheme":
                if value == "internal" { return true }
            case "service.beta.kubernetes.io/azure-load-balancer-internal",
                 "service.beta.kubernetes.io/oci-load-balancer-internal",
                 "service.beta.kubernetes.io/openstack-internal-load-balancer":
                if value == "true" { return true }
            case "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type":
                if value == "private" { return true }
            case "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type":
                if value == "intranet" { return true }
            default: continue
            }
        }
        return false
    }
}

extension KubernetesObject {
    /// The object as a Service, when it is one (core API group).
    public var service: Service? {
        kind == "Service" && apiVersion == "v1" ? Service(object: self) : nil
    }

    /// Where a finding about the object as a whole points: its `metadata.name` value, else the
    /// `metadata` key, else the `kind` key.
    public var nameLocation: Node {
        metadata?["name"] ?? node.entry("metadata")?.key ?? node.entry("kind")?.key ?? node
    }
}
