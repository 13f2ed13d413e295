extension Rule {
    static let privilegeEscalationAllowed = Rule(RuleDescription(
        id: "5572cc5e-1e4c-4113-92a6-7a8a3bd25e6d",
        slug: "privilege_escalation_allowed",
        name: "Privilege escalation allowed",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A container allows its processes to gain more privileges than their parent.",
        help: """
            Unless `allowPrivilegeEscalation` is false, the kernel lets a process in the \
            container gain privileges through setuid binaries (`su`, `sudo`, `mount`) or file \
            capabilities. The default is to allow it, so a container that does not set the field \
            allows it too; an attacker who gets a shell as an unprivileged user can then become \
            root inside the container.

            **Fix:** set `allowPrivilegeEscalation: false` in each container's `securityContext`; \
            the container then runs with the kernel's `no_new_privs` flag.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    allowPrivilegeEscalation: false
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    allowPrivilegeEscalation: ↓true
                - name: sidecar
                  image: example/sidecar:1.0
                  ↓securityContext:
                    runAsUser: 10001
                - ↓name: logger
                  image: example/logger:1.0
            """,
        ]
    )) { object, findings in
        for container in object.containers() {
            let context = container.effectiveSecurityContext
            if let escalation = context.allowPrivilegeEscalation {
                if escalation.value.bool == true {
                    findings.add("\(container.displayName) allows privilege escalation (allowPrivilegeEscalation: \(escalation.text)); expected allowPrivilegeEscalation: false.",
                                 about: escalation)
                }
            } else if !container.podSpec.isWindows {
                findings.add("\(container.displayName) does not set allowPrivilegeEscalation, which defaults to true; expected allowPrivilegeEscalation: false.",
                             at: context.missingLocation("allowPrivilegeEscalation"), scope: container.node, object: object, container: container)
            }
        }
    }
}
