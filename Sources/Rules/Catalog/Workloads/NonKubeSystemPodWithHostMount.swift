extension Rule {
    static let nonKubeSystemPodWithHostMount = Rule(RuleDescription(
        id: "aa8f7a35-9923-4cad-bd61-a19b7f6aac91",
        slug: "non_kube_system_pod_with_host_mount",
        name: "Non kube-system pod with host mount",
        severity: .high,
        category: "Access Control",
        summary: "A pod outside kube-system mounts a directory or file of its node.",
        help: """
            A `hostPath` volume gives a container the node's own files. Mounted read-write it \
            can change them; even read-only it can read other pods' logs, secrets written to \
            disk and the node's credentials, and a path the node shares with other pods breaks \
            the isolation between them. Such access belongs to the few node agents the cluster \
            runs in `kube-system`, not to applications.

            The rule reports every `hostPath` volume a container mounts in an object whose \
            namespace is not `kube-system` (an object that names none lands in whichever \
            namespace it is applied to, usually `default`), and PersistentVolumes backed by a \
            `hostPath` unless they are marked for `kube-system`.

            **Fix:** use an `emptyDir`, a ConfigMap or Secret, or a PersistentVolumeClaim \
            instead. A node agent that really needs the node's files belongs in `kube-system`, \
            with its mounts `readOnly: true`.
            """,
        references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: node-logs, namespace: kube-system}
            spec:
              template:
                spec:
                  containers:
                    - name: shipper
                      image: example/shipper:1.4
                      volumeMounts:
                        - {name: logs, mountPath: /var/log, readOnly: true}
                  volumes:
                    - name: logs
                      hostPath: {path: /var/log}
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  volumeMounts:
                    - {name: cache, mountPath: /cache}
              volumes:
                - name: cache
                  emptyDir: {}
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  volumeMounts:
                    - {name: static, mountPath: /usr/share/nginx/html, readOnly: true}
              volumes:
                - name: static
                  hostPath:
                    path: ↓/srv/static
                    type: Directory
            """,
            """
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: local-data}
            spec:
              capacity: {storage: 10Gi}
              accessModes: [ReadWriteOnce]
              hostPath:
                path: ↓/mnt/data
            """,
        ]
    )) { object, findings in
        guard !object.isInKubeSystem else { return }
        if let hostPath = object.persistentVolumeHostPath {
            findings.add("\(object.identity) gives whoever claims it the node's path '\(hostPath.text)'; expected a volume that is not a hostPath, or the kube-system namespace.",
                         at: hostPath.pathNode, scope: object.node, object: object)
        }
        for podSpec in object.podSpecs {
            for (volume, hostPath) in podSpec.hostPathVolumes {
                let mounts = podSpec.mounts(of: volume)
                guard let first = mounts.first else { continue }
                findings.add("\(object.identity) in namespace '\(object.effectiveNamespace)' mounts the node's path '\(hostPath.text)' (volume '\(volume.name ?? "")') into \(mounts.containerList); expected no hostPath outside kube-system.",
                             at: hostPath.pathNode, scope: podSpec.node, object: object,
                             container: mounts.count == 1 ? first.container : nil)
            }
        }
    }
}
