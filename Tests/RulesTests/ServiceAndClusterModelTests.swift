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

    @Test func labelsFollowKubernetesSyntax() {
        #expect(LabelSyntax.isValidKey("app"))
        #expect(LabelSyntax.isValidKey("app.kubernetes.io/name"))
        #expect(LabelSyntax.isValidKey("example.com/Team_A.b-1"))
        #expect(!LabelSyntax.isValidKey(""))
        #expect(!LabelSyntax.isValidKey("Example.com/team"))
        #expect(!LabelSyntax.isValidKey("/team"))
        #expect(!LabelSyntax.isValidKey("example.com/"))
        #expect(!LabelSyntax.isValidKey("a/b/c"))
        #expect(!LabelSyntax.isValidKey("-app"))
        #expect(!LabelSyntax.isValidKey(String(repeating: "a", count: 64)))
        #expect(LabelSyntax.isValidKey(String(repeating: "a", count: 63)))
        #expect(LabelSyntax.isValidValue(""))
        #expect(LabelSyntax.isValidValue("v1.2_beta-3"))
        #expect(!LabelSyntax.isValidValue("g**dy.l+bel."))
        #expect(!LabelSyntax.isValidValue("go proxy"))
        #expect(!LabelSyntax.isValidValue("release."))
        #expect(!LabelSyntax.isValidValue("é"))
        #expect(!LabelSyntax.isValidValue("caf\u{E9}-shop"))
        #expect(!LabelSyntax.isValidKey("\u{E9}xample.com/team"))
        #expect(!LabelSyntax.isValidValue("a\r\nb"))
    }

    @Test func readsTheLabelsOfAnObjectAndItsTemplates() throws {
        let cronJob = try object("""
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: report, labels: {a: "1"}}
            spec:
              jobTemplate:
                metadata: {labels: {b: "2"}}
                spec:
                  template:
                    metadata: {labels: {c: "3"}}
                    spec: {containers: [{name: r, image: r}]}
            """)
        #expect(cronJob.labelMaps.flatMap { $0.pairs.compactMap(\.key.scalar) } == ["a", "b", "c"])
    }

    @Test func knowsWhichVersionsNoLongerServeWhichKinds() throws {
        let ingress = try #require(RemovedAPIVersion.entry(apiVersion: "extensions/v1beta1", kind: "Ingress"))
        #expect(ingress.removedIn == "1.22")
        #expect(ingress.replacement == "networking.k8s.io/v1")
        #expect(RemovedAPIVersion.entry(apiVersion: "extensions/v1beta1", kind: "Deployment")?.removedIn == "1.16")
        #expect(RemovedAPIVersion.entry(apiVersion: "autoscaling/v2beta2", kind: "HorizontalPodAutoscaler")?.removedIn == "1.26")
        // Versions reused for kinds that are served today.
        #expect(RemovedAPIVersion.entry(apiVersion: "networking.k8s.io/v1beta1", kind: "ServiceCIDR") == nil)
        #expect(RemovedAPIVersion.entry(apiVersion: "admissionregistration.k8s.io/v1beta1", kind: "ValidatingAdmissionPolicy") == nil)
        #expect(RemovedAPIVersion.entry(apiVersion: "apps/v1", kind: "Deployment") == nil)
        let cronJob = try object("apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: c}\n")
        #expect(cronJob.removedAPIVersion?.replacement == "batch/v1")
    }

    @Test func tellsTheObjectsOfAnApplicationFromThoseThatGuardANamespace() throws {
        #expect(try object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n").isApplicationObject)
        #expect(try object("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: c}\n").isApplicationObject)
        #expect(try object("apiVersion: serving.knative.dev/v1\nkind: Configuration\nmetadata: {name: c}\n").isApplicationObject)
        #expect(try !object("apiVersion: example.com/v1\nkind: Configuration\nmetadata: {name: c}\n").isApplicationObject)
        #expect(try !object("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: c}\n").isApplicationObject)
        #expect(try !object("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: c}\n").isApplicationObject)
        #expect(try !object("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n").isApplicationObject)
        #expect(try object("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: c}\n").apiGroup == "apps")
        #expect(try object("apiVersion: v1\nkind: Pod\nmetadata: {name: c}\n").apiGroup == "")
    }

    @Test func readsAStatefulSetsVolumeClaimTemplates() throws {
        let statefulSet = try object("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              volumeClaimTemplates:
                - metadata: {name: data}
                  spec: {accessModes: [ReadWriteOncePod], resources: {requests: {storage: 5Gi}}}
                - metadata: {name: shared}
                  spec: {accessModes: [ReadWriteMany]}
            """)
        let claims = try #require(statefulSet.volumeClaimTemplates)
        #expect(claims.templates.map(\.name) == ["data", "shared"])
        #expect(claims.templates.map(\.isWritableByOneReplica) == [true, false])
        #expect(claims.templates[0].storageRequest?.value.scalar == "5Gi")
        #expect(claims.templates[1].storageRequest == nil)
    }

    @Test func readsTheObjectAnObjectMetricDescribes() throws {
        func metric(_ version: String, _ source: String) throws -> ObjectMetric {
            try #require(try object("""
                apiVersion: \(version)
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  metrics:
                    - type: Resource
                      resource: {name: cpu}
                    - type: Object
                      object: \(source)
                """).objectMetrics.first)
        }
        let complete = "{metric: {name: rps}, target: {type: Value, value: 10}, describedObject: {kind: Ingress, name: web}}"
        #expect(try metric("autoscaling/v2", complete).missingFields.isEmpty)
        #expect(try metric("autoscaling/v2", "{metric: {name: rps}, target: {type: Value, value: 10}, describedObject: {kind: Ingress}}").missingFields
            == ["describedObject.name"])
        #expect(try metric("autoscaling/v2", "{target: {kind: Ingress, name: web}}").missingFields
            == ["metric", "describedObject.kind", "describedObject.name"])
        #expect(try metric("autoscaling/v2beta1", "{metricName: rps, targetValue: 10, target: {kind: Ingress, name: web}}").missingFields.isEmpty)
        #expect(try metric("autoscaling/v2", "~").missingFields == ["object"])
    }

    @Test func anAuditPolicyLogsARequestAtItsFirstMatchingRule() throws {
        let policy = try #require(try object("""
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: None
                users: [system:kube-proxy]
                resources: [{group: "", resources: [secrets]}]
              - level: RequestResponse
                verbs: [get]
                resources: [{group: "", resources: [configmaps]}]
              - level: Metadata
                resources: [{group: "", resources: ["*/exec", secrets, configmaps]}]
              - level: Request
                resources: [{group: apps}]
              - level: None
                nonResourceURLs: [/healthz]
              - level: Metadata
                resources: [{group: "", resources: [pods/*]}]
            """).auditPolicy)
        let secrets = policy.coverage(of: AuditedResource("secrets"))
        #expect(secrets.rule?.index == 2)
        #expect(secrets.level == .metadata)
        #expect(secrets.narrower.map(\.index) == [0])
        #expect(secrets.highestLevel == .metadata)
        #expect(policy.coverage(of: AuditedResource("configmaps")).highestLevel == .requestResponse)
        #expect(policy.coverage(of: AuditedResource("pods/exec")).rule?.index == 2)
        #expect(policy.coverage(of: AuditedResource("pods/proxy")).rule?.index == 5)
        #expect(policy.coverage(of: AuditedResource("deployments", group: "apps")).level == .request)
        let pods = policy.coverage(of: AuditedResource("pods"))
        #expect(pods.rule == nil)
        #expect(pods.level == AuditLevel.none)
    }

    @Test func aRuleWithoutResourcesMatchesEveryRequest() throws {
        let policy = try #require(try object("""
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: Metadata
            """).auditPolicy)
        #expect(policy.coverage(of: AuditedResource("tokenreviews", group: "authentication.k8s.io")).level == .metadata)
        #expect(try object("apiVersion: v1\nkind: Policy\nmetadata: {name: p}\n").auditPolicy == nil)
    }

    @Test func findsTheEncryptionEntryForSecrets() throws {
        let configuration = try #require(try object("""
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [events]
                providers: [{identity: {}}]
              - resources: ["*.*"]
                providers:
                  - kms: {apiVersion: v2, name: vault, endpoint: unix:///kms.sock}
                  - identity: {}
              - resources: [secrets]
                providers: [{aesgcm: {keys: []}}]
            """).encryptionConfiguration)
        let entry = try #require(configuration.secretsEntry)
        #expect(entry.resources == ["*.*"])
        #expect(entry.providers == ["kms", "identity"])
        #expect(configuration.entries.map(\.coversSecrets) == [false, true, true])
    }

    @Test func readsCNINetworkConfigurationsInFilesAndConfigMaps() throws {
        let file = try object("""
            {"name": "k8s-pod-network", "cniVersion": "0.3.1",
             "plugins": [{"type": "flannel"}, {"type": "portmap"}]}
            """)
        #expect(file.isCNINetworkConfiguration)
        #expect(file.identity.description == "CNI network configuration 'k8s-pod-network'")
        let configuration = try #require(file.cniNetworkConfigurations.first?.configuration)
        #expect(configuration.pluginTypes.compactMap(\.scalar) == ["flannel", "portmap"])
        #expect(configuration.pluginIgnoringNetworkPolicies?.scalar == "flannel")

        let single = try object(#"{"cniVersion": "1.0.0", "name": "net", "type": "flannel"}"#)
        #expect(single.cniNetworkConfigurations.first?.configuration.pluginIgnoringNetworkPolicies?.start.line == 1)

        let canal = try object("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: canal-config}
            data:
              backend: vxlan
              cni_network_config: |
                {"name": "k8s-pod-network", "cniVersion": "0.3.1",
                 "plugins": [{"type": "calico"}, {"type": "flannel"}]}
            """)
        #expect(!canal.isCNINetworkConfiguration)
        let carried = try #require(canal.cniNetworkConfigurations.first)
        #expect(carried.location.scalar == "cni_network_config")
        #expect(carried.configuration.pluginIgnoringNetworkPolicies == nil)

        let packageFile = YAMLLoader().load(path: "package.json", text: #"{"name": "app", "version": "1.0.0", "type": "module"}"#)
        #expect(KubernetesObject.objects(in: packageFile).isEmpty)
    }
}
