extension Rule {
    static let pspWithUnrestrictedAccessToHostPath = Rule(RuleDescription(
        id: "de4421f1-4e35-43b4-9783-737dd4e4a47e",
        slug: "psp_with_unrestricted_access_to_host_path",
        name: "PSP with unrestricted access to host path",
        severity: .high,
        category: "Resource Management",
        summary: "A PodSecurityPolicy lets pods mount host paths without restricting them to read-only prefixes.",
        help: """
            A `hostPath` volume puts part of the node's file system inside a container. Without \
            `allowedHostPaths` a policy admits any path (`/`, `/etc`, `/var/run/docker.sock`), and \
            an entry without `readOnly: true` lets pods write there: change the node's \
            configuration, plant binaries, read other pods' secrets.

            **Fix:** list the few prefixes pods may mount under `allowedHostPaths`, each with \
            `readOnly: true`, or leave `hostPath` out of the policy's `volumes` so that no pod it \
            admits can mount the node's files at all.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-policy/#volumes-and-file-systems"],
        nonTriggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: logs-reader}
            spec:
              volumes: [hostPath, configMap]
              allowedHostPaths:
                - pathPrefix: /var/log
                  readOnly: true
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              volumes: [configMap, secret, emptyDir, projected]
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: anything-goes}
            ↓spec:
              volumes: ['*']
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: node-files}
            spec:
              volumes: [hostPath]
              allowedHostPaths:
                - ↓pathPrefix: /dev
                - pathPrefix: /etc
                  readOnly: ↓false
                - pathPrefix: /var/log
                  readOnly: true
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: empty-list}
            spec:
              volumes: [hostPath]
              ↓allowedHostPaths: []
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: RunAsAny}
              fsGroup: {rule: RunAsAny}
            """,
        ]
    )) { object, findings in
        guard let policy = object.podSecurityPolicy, !policy.forbidsVolumes(of: "hostPath") else { return }
        guard let allowed = policy.entry("allowedHostPaths") else {
            findings.add("\(object.identity) lets pods mount any host path (no allowedHostPaths); expected allowedHostPaths listing read-only prefixes.",
                         at: policy.specKey, scope: policy.spec, object: object)
            return
        }
        if allowed.value.items.isEmpty {
            findings.add("\(object.identity) has an empty allowedHostPaths list, which allows every host path; expected read-only prefixes.",
                         at: allowed.key, scope: policy.spec, object: object)
        }
        for path in allowed.value.items where path.kind == .mapping {
            let prefix = path["pathPrefix"]?.scalar ?? "?"
            if let readOnly = path.entry("readOnly"), !readOnly.value.isNull {
                if readOnly.value.bool != true {
                    findings.add("\(object.identity) lets pods write to host path prefix '\(prefix)' (readOnly: \(readOnly.value.scalar ?? "?")); expected readOnly: true.",
                                 at: readOnly.value, scope: policy.spec, object: object)
                }
            } else {
                findings.add("\(object.identity) lets pods write to host path prefix '\(prefix)' (readOnly not set); expected readOnly: true.",
                             at: path, scope: policy.spec, object: object)
            }
        }
    }
}
