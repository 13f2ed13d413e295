import Testing
@testable import Rules
import YAML

/// The vocabulary the cross-resource rules read with: namespaces as applied, which selectors
/// select a workload's pods, headless Services and autoscaler targets.
@Suite struct CrossResourceModelTests {
    private func objects(_ text: String) -> [KubernetesObject] {
        KubernetesObject.objects(in: YAMLLoader().load(path: "m.yaml", text: text))
    }

    private func object(_ objects: [KubernetesObject], _ kind: String, _ name: String) throws -> KubernetesObject {
        try #require(objects.first { $0.kind == kind && $0.name == name })
    }

    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web, tier: front}
            spec:
              containers:
                - {name: web, image: nginx:1.27}
        """

    @Test func aMissingNamespaceIsDefault() throws {
        let found = objects("""
            apiVersion: v1
            kind: Pod
            metadata: {name: a}
            spec: {containers: [{name: c, image: busybox}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: b, namespace: default}
            spec: {containers: [{name: c, image: busybox}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: c, namespace: other}
            spec: {containers: [{name: c, image: busybox}]}
            """)
        #expect(found[0].effectiveNamespace == "default")
        #expect(found[0].sharesNamespace(with: found[1]))
        #expect(!found[0].sharesNamespace(with: found[2]))
    }

    @Test func aBudgetSelectsTheTemplatesLabelsInItsOwnNamespaceOnly() throws {
        let found = objects(Self.deployment + """

            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: same, namespace: shop}
            spec:
              selector:
                matchExpressions: [{key: tier, operator: In, values: [front]}]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: elsewhere, namespace: staging}
            spec:
              selector: {matchLabels: {app: web}}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: other-app, namespace: shop}
            spec:
              selector: {matchLabels: {app: api}}
            """)
        let web = try object(found, "Deployment", "web")
        let selecting = ScanContext(objects: found).objects(ofKind: "PodDisruptionBudget", selectingPodsOf: web)
        #expect(selecting.compactMap(\.name) == ["same"])
    }

    @Test func aWorkloadWhoseSelectorMissesItsTemplateIsNotValid() throws {
        let valid = try object(objects(Self.deployment), "Deployment", "web")
        #expect(valid.selectsOwnPods)
        let invalid = try object(objects(Self.deployment.replacingOccurrences(of: "matchLabels: {app: web}", with: "matchLabels: {app: other}")),
                                 "Deployment", "web")
        #expect(!invalid.selectsOwnPods)
    }

    @Test func aNetworkPolicySelectsThePodsOfEveryKindOfRunner() throws {
        let found = objects(Self.deployment + """

            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: debug, namespace: shop, labels: {tier: front}}
            spec: {containers: [{name: c, image: busybox}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: front, namespace: shop}
            spec:
              podSelector: {matchLabels: {tier: front}}
            """)
        let policy = try object(found, "NetworkPolicy", "front")
        #expect(ScanContext(objects: found).podRunners(selectedBy: policy).compactMap(\.name) == ["web", "debug"])
    }

    @Test func aGoverningServiceIsHeadlessAndSelectsThePods() throws {
        let found = objects("""
            apiVersion: v1
            kind: Service
            metadata: {name: zk-hs}
            spec: {clusterIP: None, selector: {app: zk}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: zk}
            spec: {selector: {app: zk}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: manual}
            spec: {clusterIP: None}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: zk}
            spec:
              serviceName: zk-hs
              selector: {matchLabels: {app: zk}}
              template:
                metadata: {labels: {app: zk, role: member}}
                spec: {containers: [{name: c, image: zookeeper:3.9}]}
            """)
        let set = try object(found, "StatefulSet", "zk")
        let headless = try #require(object(found, "Service", "zk-hs").service)
        let clustered = try #require(object(found, "Service", "zk").service)
        let manual = try #require(object(found, "Service", "manual").service)
        #expect(headless.isHeadless && headless.selectsPods(of: set))
        #expect(!clustered.isHeadless && clustered.selectsPods(of: set))
        #expect(manual.isHeadless && !manual.selectsPods(of: set))
    }

    @Test func anAutoscalerScalesTheObjectItsTargetNames() throws {
        let found = objects(Self.deployment + """

            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web, namespace: shop}
            spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web-staging, namespace: staging}
            spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}}
            """)
        let web = try object(found, "Deployment", "web")
        #expect(try object(found, "HorizontalPodAutoscaler", "web").scales(web))
        #expect(try !object(found, "HorizontalPodAutoscaler", "web-staging").scales(web))
    }

    @Test func aPolicyIsolatesTheDirectionsTheAPIServerFillsIn() throws {
        let found = objects("""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: unwritten}
            spec: {podSelector: {}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: empty}
            spec: {podSelector: {}, policyTypes: [], egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: egress-only}
            spec: {podSelector: {matchLabels: {app: a}}, policyTypes: [Egress]}
            """)
        #expect(try object(found, "NetworkPolicy", "unwritten").policyDirections == [.ingress])
        #expect(try object(found, "NetworkPolicy", "empty").policyDirections == [.ingress, .egress])
        #expect(try object(found, "NetworkPolicy", "egress-only").policyDirections == [.egress])
        #expect(try object(found, "NetworkPolicy", "unwritten").labelSelector?.isEmpty == true)
        #expect(try object(found, "NetworkPolicy", "egress-only").labelSelector?.isEmpty == false)
    }

    @Test func namespacePoliciesApplyToWhatIsCreatedInTheirNamespace() throws {
        let found = objects("""
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: data}
            spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: shop}
            ---
            apiVersion: v1
            kind: LimitRange
            metadata: {name: defaults, namespace: default}
            spec: {limits: [{type: Container, default: {cpu: 500m}}]}
            ---
            apiVersion: v1
            kind: ResourceQuota
            metadata: {name: quota, namespace: shop}
            spec: {hard: {pods: "10"}}
            """)
        let claim = try object(found, "PersistentVolumeClaim", "data")
        let context = ScanContext(objects: found)
        #expect(claim.drawsOnNamespaceResources)
        #expect(try !object(found, "ConfigMap", "settings").drawsOnNamespaceResources)
        #expect(context.objects(ofKind: "LimitRange", inNamespaceOf: claim).compactMap(\.name) == ["defaults"])
        #expect(context.objects(ofKind: "ResourceQuota", inNamespaceOf: claim).isEmpty)
        #expect(claim.namespaceLocation.scalar == "data")
    }
}
