extension Rule {
    static let containerWithUnmaskedProcAccess = Rule(RuleDescription(
        id: "f922827f-aab6-447c-832a-e1ff63312bd3",
        slug: "container_runs_unmasked",
        name: "Container with unmasked /proc access",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A container mounts /proc unmasked, or a PodSecurityPolicy allows it.",
        help: """
            Container runtimes mask and make read-only the parts of `/proc` that expose or \
            change the node's kernel (`/proc/kcore`, `/proc/sys`, `/proc/sysrq-trigger`, …). \
            `procMount: Unmasked` removes that protection, which only makes sense for nested \
            containers in a user namespace; anywhere else it hands the container the node's \
            kernel settings. A PodSecurityPolicy whose `allowedProcMountTypes` lists `Unmasked` \
            admits such containers.

            **Fix:** leave `procMount` unset (or `Default`) in the container's `securityContext`, \
            and list only `Default` under the policy's `allowedProcMountTypes`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/concepts/security/pod-security-policy/#allowedprocmounttypes",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            spec:
              allowedProcMountTypes: [Default]
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    procMount: Default
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: nested-containers}
            spec:
              ↓allowedProcMountTypes:
                - Default
                - Unmasked
              seLinux: {rule: RunAsAny}
              supplementalGroups: {rule: RunAsAny}
              runAsUser: {rule: MustRunAsNonRoot}
              fsGroup: {rule: RunAsAny}
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: builder}
            spec:
              template:
                spec:
                  containers:
                    - name: buildkit
                      image: moby/buildkit:v0.16
                      securityContext:
                        procMount: ↓Unmasked
            """,
        ]
    )) { object, findings in
        if let policy = object.podSecurityPolicy, let types = policy.entry("allowedProcMountTypes"),
           types.value.items.contains(where: { $0.scalar == "Unmasked" }) {
            findings.add("\(object.identity) admits containers with an unmasked /proc (allowedProcMountTypes lists Unmasked); expected only Default.",
                         at: types.key, scope: policy.spec, object: object)
        }
        for container in object.containers() {
            if let procMount = container.effectiveSecurityContext.procMount, procMount.text == "Unmasked" {
                findings.add("\(container.displayName) mounts /proc unmasked (procMount: Unmasked); expected procMount unset or Default.",
                             about: procMount)
            }
        }
    }
}
