extension Rule {
    static let workloadMountingWithSensitiveOSDirectory = Rule(RuleDescription(
        id: "5308a7a8-06f8-45ac-bf10-791fe21de46e",
        slug: "workload_mounting_with_sensitive_os_directory",
        name: "Workload mounting with sensitive OS directory",
        severity: .high,
        category: "Insecure Configurations",
        summary: "A workload mounts one of the node's operating system directories.",
        help: """
            The node's own directories hold what keeps it and every pod on it safe: programs \
            and libraries (`/bin`, `/usr`, `/lib`), configuration and credentials (`/etc`, \
            `/root`, `/var/lib/kubelet`), devices (`/dev`), the kernel's interfaces (`/proc`, \
            `/sys`), runtime sockets (`/run`, `/var/run`) and other pods' logs and files \
            (`/var`). A container that mounts one of them can read secrets that are not its \
            own and, when it may write, change the node itself.

            The rule reports `hostPath` volumes a container mounts, and PersistentVolumes, \
            whose path is `/` or lies in `/bin`, `/boot`, `/cdrom`, `/dev`, `/etc`, `/home`, \
            `/lib` (and `/lib32`, `/lib64`, `/libx32`), `/media`, `/proc`, `/root`, `/run`, \
            `/sbin`, `/selinux`, `/srv`, `/sys`, `/usr` or `/var`. Paths are compared \
            directory by directory: `/etcd` is not `/etc`.

            **Fix:** give the workload its data through an `emptyDir`, a ConfigMap, a Secret \
            or a PersistentVolumeClaim. A node agent that must read such a directory should \
            mount the narrowest path it needs, `readOnly: true`, from `kube-system`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: etcd-backup}
            spec:
              containers:
                - name: backup
                  image: example/backup:2.0
                  volumeMounts:
                    - {name: backups, mountPath: /backups}
              volumes:
                - name: backups
                  hostPath: {path: /etcd-backups}
            """,
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: scratch}
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0
                      volumeMounts:
                        - {name: scratch, mountPath: /scratch}
                  volumes:
                    - name: scratch
                      hostPath: {path: /tmp/scratch, type: DirectoryOrCreate}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: node-exporter, namespace: monitoring}
            spec:
              template:
                spec:
                  containers:
                    - name: exporter
                      image: prom/node-exporter:v1.8.2
                      volumeMounts:
                        - {name: proc, mountPath: /host/proc, readOnly: true}
                        - {name: root, mountPath: /host/root, readOnly: true}
                  volumes:
                    - name: proc
                      hostPath: {path: ↓/proc}
                    - name: root
                      hostPath: {path: ↓/}
            """,
            """
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: node-config}
            spec:
              capacity: {storage: 1Gi}
              accessModes: [ReadOnlyMany]
              hostPath:
                path: ↓/etc/kubernetes
            """,
        ]
    )) { object, findings in
        if let hostPath = object.persistentVolumeHostPath, let path = hostPath.normalized, OSDirectory.isHostOSPath(path) {
            findings.add("\(object.identity) gives whoever claims it the node's OS directory '\(hostPath.text)'; expected a path outside the node's system directories.",
                         at: hostPath.pathNode, scope: object.node, object: object)
        }
        for podSpec in object.podSpecs {
            for (volume, hostPath) in podSpec.hostPathVolumes {
                guard let path = hostPath.normalized, OSDirectory.isHostOSPath(path) else { continue }
                let mounts = podSpec.mounts(of: volume)
                guard let first = mounts.first else { continue }
                findings.add("\(object.identity) mounts the node's OS directory '\(hostPath.text)' (volume '\(volume.name ?? "")') into \(mounts.containerList); expected no hostPath into the node's system directories.",
                             at: hostPath.pathNode, scope: podSpec.node, object: object,
                             container: mounts.count == 1 ? first.container : nil)
            }
        }
    }
}
