import Testing
import Rules
import YAML

@Suite struct SecurityContextTests {
    private func pod(_ spec: String, metadata: String = "  name: p\n") throws -> PodSpec {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n" + metadata + "spec:\n" + spec
        let objects = KubernetesObject.objects(in: YAMLLoader().load(path: "p.yaml", text: text))
        return try #require(objects.first?.podSpecs.first)
    }

    @Test func theContainerValueWinsOverThePodValue() throws {
        let spec = try pod("""
              securityContext: {runAsUser: 1000, runAsNonRoot: true}
              containers:
                - name: own
                  securityContext: {runAsUser: 2000}
                - name: inherits
                  securityContext: {runAsUser: ~}
                - name: bare

            """)
        let contexts = spec.containers().map(\.effectiveSecurityContext)
        #expect(contexts.map { $0.runAsUser?.value.int } == [2000, 1000, 1000])
        #expect(contexts.map { $0.runAsUser?.level } == [.container, .pod, .pod])
        #expect(contexts.allSatisfy { $0.runAsNonRoot?.level == .pod })
        // Container-only fields are never read from the pod.
        #expect(contexts.allSatisfy { $0.privileged == nil })
    }

    @Test func missingFieldsPointAtTheDeepestKeyThatIsThere() throws {
        let spec = try pod("""
              containers:
                - name: bare
                - name: context
                  securityContext: {runAsUser: 20000}
                - name: capabilities
                  securityContext:
                    capabilities: {add: [NET_BIND_SERVICE]}

            """)
        let locations = spec.containers().map { $0.effectiveSecurityContext.missingLocation("capabilities", "drop") }
        #expect(locations.map(\.start.line) == [7, 9, 12])
        #expect(locations.map(\.kind) == [.mapping, .scalar, .scalar])
        #expect(locations.dropFirst().map(\.scalar) == ["securityContext", "capabilities"])
    }

    @Test func seccompFieldsWinOverAnnotations() throws {
        let spec = try pod("""
              securityContext:
                seccompProfile: {type: RuntimeDefault}
              containers:
                - name: annotated
                - name: fielded
                  securityContext:
                    seccompProfile: {type: Localhost, localhostProfile: p.json}
                - name: plain

            """, metadata: """
              name: p
              annotations:
                container.seccomp.security.alpha.kubernetes.io/annotated: unconfined

            """)
        let profiles = spec.containers().map(\.effectiveSecurityContext.seccompProfile)
        #expect(profiles.map { $0?.text } == ["unconfined", "Localhost", "RuntimeDefault"])
        #expect(profiles.map { $0?.isAnnotation } == [true, false, false])
        #expect(profiles.map { $0?.level } == [.container, .container, .pod])
    }

    @Test func capabilitiesCompareWithoutCaseOrPrefix() throws {
        #expect(Capability("cap_net_raw") == .netRaw)
        #expect(Capability(" NET_RAW ") == .netRaw)
        #expect(Capability("all") == .all)
        #expect(Capability("NET_ADMIN") != .netRaw)

        let spec = try pod("""
              containers:
                - name: all
                  securityContext:
                    capabilities: {drop: [all]}
                - name: named
                  securityContext:
                    capabilities: {drop: [CAP_NET_RAW], add: [SYS_TIME]}
                - name: none

            """)
        let capabilities = spec.containers().map(\.capabilities)
        #expect(capabilities.map { $0.drops(.netRaw) } == [true, true, false])
        #expect(capabilities.map(\.dropped.isPresent) == [true, true, false])
        #expect(capabilities[1].added.capabilities == [Capability("SYS_TIME")])
    }

    @Test func hostNamespacesAreSharedOnlyWhenTrue() throws {
        let spec = try pod("""
              hostPID: true
              hostIPC: false
              hostNetwork: "true"
              containers: [{name: c}]

            """)
        #expect(spec.sharing(.pid)?.value.start.line == 6)
        #expect(spec.sharing(.ipc) == nil)
        // A quoted "true" is a string, which the API server rejects; it is not read as sharing.
        #expect(spec.sharing(.network) == nil)
    }
}
