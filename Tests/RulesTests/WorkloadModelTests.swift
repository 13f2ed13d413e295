import Testing
import Rules
import YAML

@Suite struct WorkloadModelTests {
    private func pod(_ spec: String) throws -> PodSpec {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n" + spec
        let objects = KubernetesObject.objects(in: YAMLLoader().load(path: "p.yaml", text: text))
        return try #require(objects.first?.podSpecs.first)
    }

    @Test(arguments: [
        ("nginx", nil, "nginx", nil, nil),
        ("nginx:1.27", nil, "nginx", "1.27", nil),
        ("library/nginx:latest", nil, "library/nginx", "latest", nil),
        ("localhost:5000/app", "localhost:5000", "localhost:5000/app", nil, nil),
        ("registry.example:5000/team/app:2.0", "registry.example:5000", "registry.example:5000/team/app", "2.0", nil),
        ("app@sha256:abc", nil, "app", nil, "sha256:abc"),
        ("ghcr.io/o/app:1.0@sha256:abc", "ghcr.io", "ghcr.io/o/app", "1.0", "sha256:abc"),
        ("$IMAGE:1.2", nil, "$IMAGE", "1.2", nil),
    ] as [(String, String?, String, String?, String?)])
    func imageReferencesSplitAsTheRuntimeReadsThem(text: String, registry: String?, repository: String, tag: String?, digest: String?) {
        let image = ImageReference(text)
        #expect(image.registry == registry)
        #expect(image.repository == repository)
        #expect(image.tag == tag)
        #expect(image.digest == digest)
    }

    @Test func theDefaultPullPolicyFollowsTheTag() {
        #expect(ImageReference("nginx").defaultPullPolicy == "Always")
        #expect(ImageReference("nginx:latest").defaultPullPolicy == "Always")
        #expect(ImageReference("localhost:5000/nginx").defaultPullPolicy == "Always")
        #expect(ImageReference("nginx:1.27").defaultPullPolicy == "IfNotPresent")
        #expect(ImageReference("nginx@sha256:abc").defaultPullPolicy == "IfNotPresent")
    }

    @Test func aLimitStandsInForAMissingRequest() throws {
        let spec = try pod("""
              containers:
                - name: limited
                  resources: {limits: {cpu: 500m}}
                - name: both
                  resources: {limits: {cpu: 500m}, requests: {cpu: 250m}}
                - name: none
                  resources: {limits: ~, requests: {memory: 64Mi}}

            """)
        let requests = spec.containers().map { $0.resources.effectiveRequest(.cpu)?.value.scalar }
        #expect(requests == ["500m", "250m", nil])
        #expect(spec.containers()[2].resources.limitsKey == nil)
        #expect(spec.containers()[2].resources.requestsKey?.scalar == "requests")
    }

    @Test func onlyServingContainersOfServingPodsTakeProbes() throws {
        let spec = try pod("""
              initContainers:
                - name: migrate
                - name: proxy
                  restartPolicy: Always
              containers:
                - name: app

            """)
        #expect(spec.containers().map(\.servesForPodLifetime) == [true, false, true])
        #expect(!spec.runsToCompletion)
        #expect(try pod("  restartPolicy: Never\n  containers: [{name: app}]\n").runsToCompletion)
    }

    @Test func theServiceAccountIsReadAsTheAPIServerReadsIt() throws {
        #expect(try pod("  serviceAccount: legacy\n  containers: [{name: app}]\n").serviceAccountName == "legacy")
        #expect(try pod("  serviceAccountName: ~\n  containers: [{name: app}]\n").serviceAccountName == nil)
        #expect(try pod("  serviceAccountName: ''\n  serviceAccount: legacy\n").serviceAccountName == "legacy")
        #expect(try pod("  automountServiceAccountToken: false\n").holdsServiceAccountToken == false)
        let projected = try pod("""
              automountServiceAccountToken: false
              volumes:
                - name: token
                  projected: {sources: [{serviceAccountToken: {path: token}}]}

            """)
        #expect(projected.holdsServiceAccountToken)
    }
}
