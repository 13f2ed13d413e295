import Foundation
import YAML

/// The objects of a scan sorted by what cross-resource rules look them up by, so that judging
/// each object by the others stays linear in the size of the scan: every rule asks for the same
/// lookups, for every object.
///
/// `@unchecked Sendable` is sound because `built` is only read and written while `lock` is
/// held, and what it holds is immutable once built.
final class ReferenceIndex: @unchecked Sendable {
    /// A class, so that each lookup (many per object judged) shares it rather than copying, and
    /// so retaining, every table. Written only while it is built, under the lock.
    final class Built: @unchecked Sendable {
        var podSpecs: [PodSpec] = []
        /// Pod specs by the service account they run as (`effectiveServiceAccountName`).
        var podSpecsByAccount: [String: [PodSpec]] = [:]
        /// The objects whose pod specs name a service account, by that account and by their
        /// written namespace, each object once.
        var accountHolders: [String: [String?: AccountHolders]] = [:]
        /// Pod specs by each `key=value` pair of their labels.
        var podSpecsByLabel: [String: [PodSpec]] = [:]
        /// The objects running pods, by the namespace they live in (`effectiveNamespace`).
        var podRunnersByNamespace: [String: [KubernetesObject]] = [:]
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
        let index = Built()
        for (position, object) in objects.enumerated() {
            if object.runsPods { index.podRunnersByNamespace[object.effectiveNamespace, default: []].append(object) }
            for podSpec in object.podSpecs {
                index.podSpecs.append(podSpec)
                index.podSpecsByAccount[podSpec.effectiveServiceAccountName, default: []].append(podSpec)
                if podSpec.serviceAccountNameEntry != nil {
                    index.accountHolders[podSpec.effectiveServiceAccountName, default: [:]][object.namespace, default: AccountHolders()]
                        .insert(object.identity, at: position)
                }
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

/// The objects of one namespace that name one service account, in scan order, each once.
struct AccountHolders: Sendable {
    private var inOrder: [(position: Int, identity: ObjectIdentity)] = []
    private var members: Set<ObjectIdentity> = []

    mutating func insert(_ identity: ObjectIdentity, at position: Int) {
        if members.insert(identity).inserted { inOrder.append((position, identity)) }
    }

    /// How many holders there are besides `identity`.
    func count(besides identity: ObjectIdentity) -> Int {
        inOrder.count - (members.contains(identity) ? 1 : 0)
    }

    /// The first holder in scan order that is not `identity`.
    func first(besides identity: ObjectIdentity) -> (position: Int, identity: ObjectIdentity)? {
        inOrder.first { $0.identity != identity }
    }
}
