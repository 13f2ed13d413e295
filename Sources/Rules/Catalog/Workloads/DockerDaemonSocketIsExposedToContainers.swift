extension Rule {
    static let dockerDaemonSocketIsExposedToContainers = Rule(RuleDescription(
        id: "a6f34658-fdfb-4154-9536-56d516f65828",
        slug: "docker_daemon_socket_is_exposed_to_containers",
        name: "Docker daemon socket is exposed to containers",
        severity: .medium,
        category: "Access Control",
        summary: "A container mounts the node's Docker daemon socket.",
        help: """
            Whoever can talk to `/var/run/docker.sock` commands the node's Docker daemon, \
            which runs as root: it can start a privileged container with the node's root file \
            system mounted, read every other container's files and environment, or stop them. \
            A container that mounts the socket is, in effect, root on the node.

            The rule reads `hostPath` volumes whose path is the socket (`/var/run/docker.sock` \
            or `/run/docker.sock`, written with or without extra slashes) and that a container \
            mounts.

            **Fix:** remove the volume. Build images with a daemonless builder (BuildKit in \
            rootless mode, Kaniko, Buildah), and read container metadata through the \
            Kubernetes API instead of the daemon.
            """,
        references: ["https://docs.docker.com/engine/security/#docker-daemon-attack-surface"],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  volumeMounts:
                    - {name: data, mountPath: /data}
              volumes:
                - name: data
                  hostPath: {path: /var/run/docker.sock.d/data}
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: unused}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
              volumes:
                - name: docker
                  hostPath: {path: /var/run/docker.sock}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: log-shipper, namespace: logging}
            spec:
              template:
                spec:
                  containers:
                    - name: shipper
                      image: example/shipper:1.4
                      volumeMounts:
                        - {name: docker, mountPath: /var/run/docker.sock, readOnly: true}
                  volumes:
                    - name: docker
                      hostPath:
                        path: ↓/var/run/docker.sock
                        type: Socket
            """,
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: build}
            spec:
              schedule: "0 * * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: build
                          image: docker:27
                          volumeMounts:
                            - {name: sock, mountPath: /run/docker.sock}
                      volumes:
                        - name: sock
                          hostPath: {path: ↓/run//docker.sock/}
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs {
            for (volume, hostPath) in podSpec.hostPathVolumes where hostPath.isDockerSocket {
                let mounts = podSpec.mounts(of: volume)
                guard let first = mounts.first else { continue }
                findings.add("\(object.identity) mounts the node's Docker daemon socket '\(hostPath.text)' (volume '\(volume.name ?? "")') into \(mounts.containerList); expected no access to the Docker daemon.",
                             at: hostPath.pathNode, scope: podSpec.node, object: object,
                             container: mounts.count == 1 ? first.container : nil)
            }
        }
    }
}
