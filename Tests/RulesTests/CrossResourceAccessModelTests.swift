import Testing
@testable import Rules
import YAML

@Suite struct CrossResourceAccessModelTests {
    private func scan(_ text: String) -> ScanContext {
        ScanContext(objects: KubernetesObject.objects(in: YAMLLoader().load(path: "o.yaml", text: text)))
    }

    @Test func anUnwrittenNamespaceMayBeAnyOther() {
        let context = scan("""
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: app}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: app, namespace: shop}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: app, namespace: blog}
            """)
        let (anywhere, shop, blog) = (context.objects[0], context.objects[1], context.objects[2])
        #expect(anywhere.mayShareNamespace(with: shop))
        #expect(shop.mayShareNamespace(with: shop))
        #expect(!shop.mayShareNamespace(with: blog))
        #expect(context.serviceAccounts(named: "app", near: shop).count == 2)
        #expect(context.serviceAccounts(named: "other", near: shop).isEmpty)
    }

    @Test func findsThePodsThatRunAsAnAccount() throws {
        let context = scan("""
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: default, namespace: shop}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: unnamed, namespace: shop}
            spec: {containers: [{name: a, image: a}]}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: named, namespace: shop}
            spec:
              jobTemplate:
                spec:
                  template:
                    spec:
                      serviceAccountName: worker
                      containers: [{name: a, image: a}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: elsewhere, namespace: blog}
            spec: {containers: [{name: a, image: a}]}
            """)
        let account = context.objects[0]
        #expect(context.podSpecs.count == 3)
        #expect(context.podSpecs(runningAs: account).map(\.object.name) == ["unnamed"])
        #expect(context.podSpecs[1].effectiveServiceAccountName == "worker")
        #expect(context.podSpecs[0].automountEntry == nil)
    }

    @Test func aServiceSelectsPodsByEveryPairOfItsSelector() throws {
        let context = scan("""
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web, tier: front}
              ports: [{port: 80, targetPort: http}, {port: 8443}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                metadata: {labels: {app: web, tier: front, track: stable}}
                spec:
                  containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 8080}]}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: api, labels: {app: web}}
            spec: {containers: [{name: api, image: nginx}]}
            """)
        let service = try #require(context.objects[0].service)
        #expect(service.selectorLabels == ["app": "web", "tier": "front"])
        let selected = context.podSpecs(selectedBy: service)
        #expect(selected.map(\.object.kind) == ["Deployment"])
        #expect(service.ports.map(\.target) == ["http", "8443"])
        #expect(selected[0].declaresPort("http"))
        #expect(selected[0].declaresPort("8080"))
        #expect(!selected[0].declaresPort("8443"))
        #expect(!context.podSpecs[1].declaresPorts)
    }

    @Test func aServiceWithoutSelectorSelectsNothing() throws {
        let context = scan("""
            apiVersion: v1
            kind: Service
            metadata: {name: external}
            spec: {ports: [{port: 80}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: api}
            spec: {containers: [{name: api, image: nginx}]}
            """)
        let service = try #require(context.objects[0].service)
        #expect(context.podSpecs(selectedBy: service).isEmpty)
    }

    @Test func aRoleIsBoundFromItsNamespaceAndAClusterRoleFromAnywhere() throws {
        let context = scan("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, namespace: shop}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: reader}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: here, namespace: shop}
            roleRef: {kind: Role, name: reader, apiGroup: rbac.authorization.k8s.io}
            subjects: [{kind: ServiceAccount, name: app}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: there, namespace: blog}
            roleRef: {kind: Role, name: reader, apiGroup: rbac.authorization.k8s.io}
            subjects: [{kind: ServiceAccount, name: app}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: everywhere}
            roleRef: {kind: ClusterRole, name: reader, apiGroup: rbac.authorization.k8s.io}
            subjects: [{kind: ServiceAccount, name: app, namespace: blog}]
            """)
        #expect(context.bindings(of: context.objects[0]).map(\.object.name) == ["here"])
        #expect(context.bindings(of: context.objects[1]).map(\.object.name) == ["everywhere"])
        #expect(context.bindings(of: context.objects[2]).isEmpty)
    }

    @Test func anIngressBackendReachesAServiceByPortNumberOrName() throws {
        let context = scan("""
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec: {ports: [{name: http, port: 80, targetPort: 8080}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web}
            spec:
              defaultBackend: {service: {name: web, port: {name: http}}}
              rules:
                - http:
                    paths:
                      - backend: {service: {name: web, port: {number: 8080}}}
                      - backend: {resource: {kind: Bucket, name: static}}
            ---
            apiVersion: extensions/v1beta1
            kind: Ingress
            metadata: {name: old}
            spec:
              rules:
                - http: {paths: [{backend: {serviceName: web, servicePort: 80}}]}
            """)
        let service = try #require(context.objects[0].service)
        let ingress = try #require(context.objects[1].ingress)
        #expect(ingress.backends.map(\.port) == ["http", "8080"])
        #expect(ingress.backends.map { $0.reaches(service) } == [true, false])
        let old = try #require(context.objects[2].ingress)
        #expect(old.backends.map { $0.reaches(service) } == [true])
        #expect(context.objects[0].ingress == nil)
    }

    @Test func anExternalSecretStoreMustNameItsProvider() {
        let context = scan("""
            apiVersion: secrets-store.csi.x-k8s.io/v1
            kind: SecretProviderClass
            metadata: {name: vault}
            spec: {provider: vault}
            ---
            apiVersion: external-secrets.io/v1beta1
            kind: ClusterSecretStore
            metadata: {name: aws}
            spec: {provider: {aws: {service: SecretsManager, region: eu-west-1}}}
            ---
            apiVersion: external-secrets.io/v1beta1
            kind: SecretStore
            metadata: {name: unfinished}
            spec: {provider: {}}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: store}
            spec: {provider: vault}
            """)
        #expect(context.objects.map(\.setsUpExternalSecretStore) == [true, true, false, false])
    }
}
