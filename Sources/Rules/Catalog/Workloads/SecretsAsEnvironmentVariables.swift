extension Rule {
    static let secretsAsEnvironmentVariables = Rule(RuleDescription(
        id: "3d658f8b-d988-41a0-a841-40043121de1e",
        slug: "secrets_as_environment_variables",
        name: "Secrets used as environment variables",
        severity: .low,
        category: "Secret Management",
        summary: "A container reads a Secret into its environment variables.",
        help: """
            Environment variables leak more easily than files: child processes inherit them, \
            crash reporters and debug endpoints dump them, and anyone who can read the \
            process's `/proc/<pid>/environ` or run `kubectl exec … env` sees them. They are also \
            fixed when the container starts, so a rotated Secret does not reach the process.

            **Fix:** mount the Secret as a volume (`volumes[].secret` and a `volumeMount`, \
            read-only) and have the application read the file; the kubelet also updates the \
            file when the Secret changes.
            """,
        references: ["https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  env:
                    - name: MODE
                      valueFrom:
                        configMapKeyRef: {name: web, key: mode}
                  volumeMounts:
                    - name: credentials
                      mountPath: /etc/credentials
                      readOnly: true
              volumes:
                - name: credentials
                  secret:
                    secretName: web-credentials
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
                      env:
                        - name: DB_PASSWORD
                          valueFrom:
                            ↓secretKeyRef: {name: db, key: password}
                      ↓envFrom:
                        - configMapRef: {name: web}
                        - secretRef: {name: web-credentials}
            """,
        ]
    )) { object, findings in
        for container in object.containers(ContainerKind.allCases) {
            for variable in container.node["env"]?.items ?? [] {
                guard let reference = variable["valueFrom"]?.entry("secretKeyRef"), !reference.value.isNull else { continue }
                let variableName = variable["name"]?.scalar ?? "?"
                let secret = reference.value["name"]?.scalar ?? "?"
                findings.add("\(container.displayName) reads Secret '\(secret)' into environment variable \(variableName); expected the Secret mounted as a file.",
                             at: reference.key, scope: container.node, object: object, container: container)
            }
            // One finding for the `envFrom` list, which KICS points at, naming every Secret in it.
            if let envFrom = container.node.entry("envFrom") {
                let secrets = envFrom.value.items.compactMap { source -> String? in
                    guard let reference = source["secretRef"], !reference.isNull else { return nil }
                    return "'\(reference["name"]?.scalar ?? "?")'"
                }
                if !secrets.isEmpty {
                    let noun = secrets.count == 1 ? "Secret" : "Secrets"
                    findings.add("\(container.displayName) loads \(noun) \(secrets.joined(separator: ", ")) into its environment through envFrom; expected the Secret mounted as a file.",
                                 at: envFrom.key, scope: container.node, object: object, container: container)
                }
            }
        }
    }
}
