extension Rule {
    static let seccompProfileIsNotConfigured = Rule(RuleDescription(
        id: "f377b83e-bd07-4f48-a591-60c82b14a78b",
        slug: "seccomp_profile_is_not_configured",
        name: "Seccomp profile is not configured",
        severity: .medium,
        category: "Insecure Configurations",
        summary: "A container runs without a seccomp profile, or with the Unconfined one.",
        help: """
            A seccomp profile limits the system calls a container may make. The kubelet's \
            default, unless the node turns on `--seccomp-default`, is `Unconfined`: every system \
            call is allowed, including the rarely used ones most kernel exploits go through. \
            `RuntimeDefault` blocks those and breaks almost no application.

            The profile is read as the kubelet reads it: the container's \
            `securityContext.seccompProfile`, then the pod's, then the annotations older \
            manifests use (`seccomp.security.alpha.kubernetes.io/pod`, \
            `container.seccomp.security.alpha.kubernetes.io/<name>`). A profile set for the whole \
            pod is reported once, there.

            **Fix:** set the profile in the pod's `securityContext`:

            ```yaml
            securityContext:
              seccompProfile:
                type: RuntimeDefault
            ```

            or `type: Localhost` with a `localhostProfile` of your own.
            """,
        references: ["https://kubernetes.io/docs/tutorials/security/seccomp/"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  securityContext:
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: web
                      image: nginx:1.27
                    - name: sidecar
                      image: example/sidecar:1.0
                      securityContext:
                        seccompProfile:
                          type: Localhost
                          localhostProfile: profiles/sidecar.json
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: legacy
              annotations:
                seccomp.security.alpha.kubernetes.io/pod: runtime/default
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      ↓securityContext:
                        runAsNonRoot: true
                    - ↓name: sidecar
                      image: example/sidecar:1.0
                    - name: debug
                      image: busybox:1.36
                      securityContext:
                        seccompProfile:
                          type: ↓Unconfined
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext:
                seccompProfile:
                  type: ↓Unconfined
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
              name: legacy
              annotations:
                seccomp.security.alpha.kubernetes.io/pod: ↓unconfined
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs where !podSpec.isWindows {
            for container in podSpec.containers() {
                let context = container.effectiveSecurityContext
                guard let profile = context.seccompProfile else {
                    findings.add("\(container.displayName) has no seccomp profile, nor does its pod, so it runs Unconfined; expected seccompProfile type RuntimeDefault or Localhost.",
                                 at: context.missingLocation("seccompProfile", "type"), scope: container.node, object: object, container: container)
                    continue
                }
                let confined = profile.isAnnotation
                    ? ["runtime/default", "docker/default"].contains(profile.text) || profile.text.hasPrefix("localhost/")
                    : ["RuntimeDefault", "Localhost"].contains(profile.text)
                if !confined {
                    let expected = profile.isAnnotation ? "runtime/default or localhost/<profile>" : "RuntimeDefault or Localhost"
                    findings.add("\(profile.subject) sets \(profile.name) to '\(profile.text)', which is not a confining seccomp profile, for \(profile.appliesTo); expected \(expected).",
                                 about: profile)
                }
            }
        }
    }
}
