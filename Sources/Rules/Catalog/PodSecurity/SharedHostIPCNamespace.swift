extension Rule {
    static let sharedHostIPCNamespace = Rule(RuleDescription(
        id: "cd290efd-6c82-4e9d-a698-be12ae31d536",
        slug: "shared_host_ipc_namespace",
        name: "Shared host IPC namespace",
        severity: .medium,
        category: "Resource Management",
        summary: "A pod shares the node's IPC namespace.",
        help: """
            With `hostIPC: true` the pod's containers use the node's System V shared memory, \
            semaphores and message queues. They can read or corrupt data other processes on the \
            node keep there, and fill shared memory that the whole node depends on.

            **Fix:** remove `hostIPC` from the pod spec or set `hostIPC: false`; containers of one \
            pod already share an IPC namespace with each other.
            """,
        references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              hostIPC: false
              containers:
                - name: web
                  image: nginx:1.27
            """,
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: report}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers:
                        - name: report
                          image: example/report:1.0
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: shm-reader}
            spec:
              hostIPC: ↓true
              containers:
                - name: reader
                  image: busybox:1.36
            """,
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: report}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      hostIPC: ↓True
                      containers:
                        - name: report
                          image: example/report:1.0
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs {
            if let shared = podSpec.sharing(.ipc) {
                findings.add("\(object.identity) shares the node's IPC namespace (hostIPC: \(shared.value.scalar ?? "true")); expected hostIPC unset or false.",
                             at: shared.value, scope: podSpec.node, object: object)
            }
        }
    }
}
