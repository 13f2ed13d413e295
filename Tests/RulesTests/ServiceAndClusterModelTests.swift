import Testing
@testable import Rules
import YAML

@Suite struct ServiceAndClusterModelTests {
    private func object(_ text: String) throws -> KubernetesObject {
        try #require(KubernetesObject.objects(in: YAMLLoader().load(path: "o.yaml", text: text)).first)
    }

    @Test func aServiceIsClusterIPUnlessItSaysOtherwise() throws {
        let plain = try #require(try object("""
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec: {ports: [{port: 80}]}
            """).service)
        #expect(plain.type == "ClusterIP")
        #expect(plain.typeEntry == nil)
        let notAService = try object("""
            apiVersion: serving.knative.dev/v1
            kind: Service
            metadata: {name: web}
            """)
        #expect(notAService.service == nil)
    }

    @Test func readsEachProvidersInternalLoadBalancerAnnotation() throws {
        func isInternal(_ annotation: String) throws -> Bool {
            try #require(try object("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: api
                  annotations:
                    \(annotation)
                spec: {type: LoadBalancer}
                """).service).asksForInternalLoadBalancer
        }
        #expect(try isInternal("cloud.google.com/load-balancer-type: Internal"))
        #expect(try isInternal("networking.gke.io/load-balancer-type: internal"))
        #expect(try !isInternal("networking.gke.io/load-balancer-type: External"))
        #expect(try isInternal("service.beta.kubernetes.io/aws-load-balancer-internal: 'true'"))
        #expect(try isInternal("service.beta.kubernetes.io/aws-load-balancer-internal: 0.0.0.0/0"))
        #expect(try !isInternal("service.beta.kubernetes.io/aws-load-balancer-internal: 'false'"))
        #expect(try isInternal("service.beta.kubernetes.io/aws-load-balancer-scheme: internal"))
        #expect(try !isInternal("service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing"))
        #expect(try isInternal("service.beta.kubernetes.io/azure-load-balancer-internal: 'true'"))
        #expect(try !isInternal("service.beta.kubernetes.io/azure-load-balancer-internal: 'false'"))
        #expect(try !isInternal("example.com/internal: 'true'"))
    }
}
