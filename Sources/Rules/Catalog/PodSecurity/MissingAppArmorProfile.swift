extension Rule {
    static let missingAppArmorProfile = Rule(RuleDescription(
        id: "8b36775e-183d-4d46-b0f7-96a6f34a723f",
        slug: "missing_app_armor_config",
        name: "Missing AppArmor profile",
        severity: .low,
        category: "Access Control",
        summary: "A container runs without an AppArmor profile, or with an unconfined one.",
        help: """
            On nodes with AppArmor, a profile limits the files, capabilities and mounts a \
            container's processes may use. A manifest that names none leaves the choice to each \
            node: the runtime's default profile where AppArmor is enabled, nothing where it is \
            not. Naming the profile makes the confinement part of the reviewed manifest, and the \
            kubelet then refuses to start the pod on a node that cannot enforce it. `Unconfined` \
            turns confinement off.

            The profile is read as the kubelet reads it: the container's \
            `securityContext.appArmorProfile`, then the \
            `container.apparmor.security.beta.kubernetes.io/<container>` annotation of the pod, \
            then the pod's `securityContext.appArmorProfile`.

            **Fix:** set `appArmorProfile: {type: RuntimeDefault}` (or `type: Localhost` with a \
            `localhostProfile` loaded on the nodes) in the pod's `securityContext`; before \
            Kubernetes 1.30, annotate the pod with \
            `container.apparmor.security.beta.kubernetes.io/<container>: runtime/default` (or \
            `localhost/<profile>`) for each container.
            """,
        references: ["https://kubernetes.io/docs/tutorials/security/apparmor/"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                container.apparmor.security.beta.kubernetes.io/web: localhost/k8s-web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  securityContext:
                    appArmorProfile: {type: RuntimeDefault}
                  containers:
                    - name: web
                      image: nginx:1.27
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata:
              ↓name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              annotations:
                container.apparmor.security.beta.kubernetes.io/web: runtime/default
            spec:
              template:
                metadata:
                  ↓↓labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                    - name: sidecar
                      image: example/sidecar:1.0
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              ↓annotations:
                container.apparmor.security.beta.kubernetes.io/web: unconfined
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                - name: sidecar
                  image: example/sidecar:1.0
                  securityContext:
                    appArmorProfile:
                      type: ↓Unconfined
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs where !podSpec.isWindows {
            for container in podSpec.containers() {
                guard let profile = container.effectiveSecurityContext.appArmorProfile else {
                    // As KICS does, the finding points at the pod's metadata, where the
                    // annotation would go (its span starts at its first key); a template
                    // without metadata is pointed at whole.
                    let location = podSpec.metadata ?? podSpec.node.parent ?? podSpec.node
                    findings.add("\(container.displayName) has no AppArmor profile; expected appArmorProfile type RuntimeDefault or Localhost, or the annotation container.apparmor.security.beta.kubernetes.io/\(container.name).",
                                 at: location, scope: container.node, object: object, container: container)
                    continue
                }
                if profile.isAnnotation {
                    guard !(profile.text == "runtime/default" || profile.text.hasPrefix("localhost/")) else { continue }
                    // As KICS does, a bad annotation is pointed at through the `annotations` key.
                    let location = podSpec.metadata?.entry("annotations")?.key ?? profile.key
                    findings.add("\(container.displayName) runs with the AppArmor profile '\(profile.text)' (annotation \(profile.name)); expected runtime/default or localhost/<profile>.",
                                 at: location, scope: container.node, object: object, container: container)
                } else if !["RuntimeDefault", "Localhost"].contains(profile.text) {
                    findings.add("\(profile.subject) sets appArmorProfile.type to '\(profile.text)', which is not a confining AppArmor profile, for \(profile.appliesTo); expected RuntimeDefault or Localhost.",
                                 about: profile)
                }
            }
        }
    }
}
