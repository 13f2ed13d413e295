extension Rule {
    static let volumeMountWithOSDirectoryWritePermissions = Rule(RuleDescription(
        id: "b7652612-de4e-4466-a0bf-1cd81f0c6063",
        slug: "volume_mount_with_os_directory_write_permissions",
        name: "Volume mount with OS directory write permissions",
        severity: .high,
        category: "Resource Management",
        summary: "A container mounts a writable volume over one of its operating system directories.",
        help: """
            A volume mounted at `/bin`, `/etc`, `/usr/lib` or another system directory of a \
            container replaces what the image put there with the volume's contents. When the \
            mount is writable, anything that can write to the volume — the container itself \
            after a compromise, another pod sharing it, a node path behind it — plants the \
            programs, libraries and configuration the container runs next, and the change \
            outlives a restart of the container.

            The rule reads each container's `volumeMounts` without `readOnly: true` whose \
            `mountPath` is `/`, `/usr`, `/usr/local`, `/var`, `/home`, `/root`, `/run`, \
            `/var/run`, `/srv`, `/media` or `/cdrom` itself, or lies in `/bin`, `/sbin`, \
            `/boot`, `/dev` (except `/dev/shm`), `/etc`, `/lib` and its variants, `/proc`, \
            `/sys`, `/selinux` or the `bin`, `lib`, `libexec` and `sbin` directories under `/usr` \
            and `/usr/local`. An application's own directory below `/run` or a home directory \
            (`/run/haproxy`, `/root/app`) is its data, not the system's. ConfigMap, Secret, \
            downward API, projected and image volumes are left out: the kubelet always mounts \
            them read-only.

            **Fix:** set `readOnly: true` on the mount, or mount the volume at a directory of \
            its own (`/data`, `/var/lib/app`).
            """,
        references: ["https://kubernetes.io/docs/concepts/storage/volumes/"],
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
                    - {name: config, mountPath: /etc/nginx/conf.d}
                    - {name: tools, mountPath: /usr/local/bin, readOnly: true}
                    - {name: content, mountPath: /usr/share/nginx/html}
                    - {name: shm, mountPath: /dev/shm}
                    - {name: run, mountPath: /run/nginx}
              volumes:
                - name: config
                  configMap: {name: nginx-config}
                - name: tools
                  emptyDir: {}
                - name: content
                  emptyDir: {}
                - name: shm
                  emptyDir: {medium: Memory}
                - name: run
                  emptyDir: {}
            """,
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              template:
                spec:
                  containers:
                    - name: postgres
                      image: postgres:16
                      volumeMounts:
                        - {name: data, mountPath: /var/lib/postgresql/data}
              volumeClaimTemplates:
                - metadata: {name: data}
                  spec:
                    accessModes: [ReadWriteOnce]
                    resources: {requests: {storage: 10Gi}}
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
                  volumeMounts:
                    - mountPath: /etc
                      ↓name: shared
                    - mountPath: /usr/local/bin
                      name: tools
                      readOnly: ↓false
              volumes:
                - name: shared
                  persistentVolumeClaim: {claimName: shared}
                - name: tools
                  emptyDir: {}
            """,
        ]
    )) { object, findings in
        for podSpec in object.podSpecs {
            for container in podSpec.containers(ContainerKind.allCases) {
                for mount in container.volumeMounts where mount.isWritable {
                    guard let mountPath = mount.mountPath, let path = HostPath.normalize(mountPath),
                          OSDirectory.isContainerOSPath(path) else { continue }
                    if podSpec.volume(mountedBy: mount)?.isAlwaysReadOnly == true { continue }
                    let state = mount.readOnly.map { "readOnly: \($0.value.scalar ?? "?")" } ?? "readOnly not set"
                    findings.add("\(container.displayName) mounts volume '\(mount.volumeName ?? "")' writable over its OS directory '\(mountPath)' (\(state)); expected readOnly: true or a directory of its own.",
                                 at: mount.readOnly?.value ?? mount.nameKey ?? mount.node, scope: container.node, object: object, container: container)
                }
            }
        }
    }
}
