import Foundation
import YAML

/// The objects of a scan sorted by what cross-resource rules look them up by, so that judging
/// each object by the others stays linear in the size of the scan: every rule asks for the same
/// lookups, for every object.
///
/// `@unchecked Sendable` is sound because `built` is only read and written while `lock` is
/// held, and what it holds is immutable once built.
final class ReferenceIndex: @unchecked Sendable {
    struct Built {
        var podSpecs: [PodSpec] = []
        /// Pod specs by the service account they run as (`effectiveServiceAccountName`).
        var podSpecsByAccount: [String: [PodSpec]] = [:]
        /// Pod specs by each `key=value` pair of their labels.
        var podSpecsByLabel: [String: [PodSpec]] = [:]
        /// The namespaces pod specs are written in; nil for one that names none.
        var podNamespaces: Set<String?> = []
        var serviceAccountsByName: [String: [KubernetesObject]] = [:]
        var servicesByName: [String: [Service]] = [:]
        /// RoleBindings and ClusterRoleBindings by the name in their `roleRef`.
        var bindingsByRoleName: [String: [RoleBinding]] = [:]
        var apiserverInvocations: [ComponentInvocation] = []
        var hasExternalSecretStore = false
    }

    private let lock = NSLock()
    private var built: Built?

    func callAsFunction(_ objects: [KubernetesObject]) -> Built {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var index = Built()
        for object in objects {
            for podSpec in object.podSpecs {
                index.podSpecs.append(podSpec)
                index.podSpecsByAccount[podSpec.effectiveServiceAccountName, default: []].append(podSpec)
                for (key, value) in podSpec.podLabels {
                    index.podSpecsByLabel["\(key)=\(value)", default: []].append(podSpec)
                }
                index.podNamespaces.insert(object.namespace)
            }
            if object.isServiceAccount, let name = object.name {
                index.serviceAccountsByName[name, default: []].append(object)
            }
            if let service = object.service, let name = object.name {
                index.servicesByName[name, default: []].append(service)
            }
            if let binding = object.roleBinding, let name = binding.roleRef?.name {
                index.bindingsByRoleName[name, default: []].append(binding)
            }
            index.apiserverInvocations += object.invocations(of: "kube-apiserver")
            if object.setsUpExternalSecretStore { index.hasExternalSecretStore = true }
        }
        built = index
        return index
    }
}
