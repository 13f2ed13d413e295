import Testing
@testable import Rules
import YAML

@Suite struct VolumeAndPlacementModelTests {
    private func podSpec(_ text: String) throws -> PodSpec {
        let objects = KubernetesObject.objects(in: YAMLLoader().load(path: "p.yaml", text: text))
        return try #require(objects.first?.podSpecs.first)
    }

    @Test func hostPathsAreComparedDirectoryByDirectory() {
        #expect(HostPath.normalize("/var//run/./docker.sock/") == "/var/run/docker.sock")
        #expect(HostPath.normalize("/") == "/")
        #expect(HostPath.normalize("//") == "/")
        #expect(HostPath.normalize("var/run") == nil)
        #expect(HostPath.path("/etc/ssl", isIn: "/etc"))
        #expect(HostPath.path("/etc", isIn: "/etc"))
        #expect(!HostPath.path("/etcd", isIn: "/etc"))
        #expect(HostPath.path("/anything", isIn: "/"))
    }

    @Test func knowsTheNodesAndAContainersOSDirectories() {
        #expect(OSDirectory.isHostOSPath("/"))
        #expect(OSDirectory.isHostOSPath("/var/lib/kubelet"))
        #expect(!OSDirectory.isHostOSPath("/variable"))
        #expect(!OSDirectory.isHostOSPath("/opt/data"))
        #expect(OSDirectory.isContainerOSPath("/usr/local/bin"))
        #expect(OSDirectory.isContainerOSPath("/var"))
        #expect(!OSDirectory.isContainerOSPath("/var/lib/postgresql/data"))
        #expect(!OSDirectory.isContainerOSPath("/dev/shm"))
        #expect(OSDirectory.isContainerOSPath("/var/run"))
        #expect(!OSDirectory.isContainerOSPath("/var/run/argocd"))
        #expect(!OSDirectory.isContainerOSPath("/root/app/webapps"))
        #expect(!OSDirectory.isContainerOSPath("/binaries"))
    }

    @Test func findsTheMountsOfAVolumeByName() throws {
        let spec = try podSpec("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              initContainers:
                - name: init
                  volumeMounts: [{name: host, mountPath: /h}]
              containers:
                - name: app
                  volumeMounts: [{name: host, mountPath: /h, readOnly: true}, {name: hostess, mountPath: /x}]
              volumes:
                - {name: host, hostPath: {path: /srv}}
                - {name: config, configMap: {name: c}}
            """)
        let (volume, hostPath) = try #require(spec.hostPathVolumes.first)
        #expect(hostPath.normalized == "/srv")
        let mounts = spec.mounts(of: volume)
        #expect(mounts.map(\.container.name) == ["app", "init"])
        #expect(mounts.map(\.isWritable) == [false, true])
        #expect(spec.declaredVolumes.map(\.isAlwaysReadOnly) == [false, true])
    }

    @Test func evaluatesLabelSelectorsAsTheAPIServerDoes() throws {
        let spec = try podSpec("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              selectors:
                - {}
                - {matchLabels: {app: web}}
                - {matchLabels: {app: api}}
                - matchExpressions: [{key: app, operator: In, values: [web, api]}, {key: canary, operator: DoesNotExist}]
                - matchExpressions: [{key: tier, operator: NotIn, values: [front]}]
                - matchExpressions: [{key: app, operator: Exists}, {key: app, operator: Unknown}]
            """)
        let selectors = (spec.node["selectors"]?.items ?? []).map(LabelSelector.init(node:))
        let labels = ["app": "web", "tier": "front"]
        #expect(selectors.map { $0.matches(labels) } == [true, true, false, true, false, false])
    }

    @Test func readsImagesWithoutTheirTags() {
        #expect(ImageReference("gcr.io/kubernetes-helm/tiller:v2.17.0").name == "tiller")
        #expect(ImageReference("localhost:5000/tiller@sha256:abc").components == ["localhost:5000", "tiller"])
        #expect(ImageReference("app:kubernetes-dashboard").components == ["app"])
    }

    @Test func readsTillersListenAddress() throws {
        let spec = try podSpec("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
                - {name: a, image: tiller, command: [/tiller, -listen, "[::1]:44134"]}
                - {name: b, image: tiller, args: [--listen=127.0.0.2:44134]}
                - {name: c, image: tiller, args: ["--listen=:44134"]}
                - {name: d, image: tiller, args: [--listen=localhost:1, --listen=10.0.0.1:1]}
                - {name: e, image: distiller}
            """)
        let containers = spec.containers()
        #expect(containers.map(\.runsTiller) == [true, true, true, true, false])
        #expect(containers.map { $0.tillerListenAddress?.isLoopback } == [true, true, false, false, nil])
    }
}
