import Testing
import Rules
import YAML

@Suite struct WorkloadModelTests {
    private func pod(_ spec: String) throws -> PodSpec {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n" + spec
        let objects = KubernetesObject.objects(in: YAMLLoader().load(path: "p.yaml", text: text))
        return try #require(objects.first?.podSpecs.first)
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
}
