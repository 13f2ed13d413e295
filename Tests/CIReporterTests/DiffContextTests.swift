import Foundation
import Rules
import Testing
@testable import CIReporter

/// In `diff`, a cross-resource rule judges the changed files beside every other manifest of
/// their side of the change, and findings still come from the changed files alone.
@Suite struct DiffContextTests {
    static let description = RuleDescription(
        id: "00000000-0000-4000-8000-000000000001", slug: "test_deployment_without_config_map",
        name: "Deployment without its ConfigMap", severity: .medium, category: "Test",
        summary: "A Deployment has no ConfigMap of its name.", help: "Add one.",
        nonTriggeringExamples: [], triggeringExamples: [])

    /// A Deployment must have a ConfigMap of the same name in the same namespace. With
    /// `across: false` it is the same logic blind to other objects, as any rule is.
    static func deploymentNeedsConfigMap(across: Bool = true) -> Rule {
        Rule(description, looksAcrossObjects: across) { object, findings in
            guard object.kind == "Deployment", let name = object.name else { return }
            let found = findings.context.objects(ofKind: "ConfigMap").contains {
                $0.name == name && $0.namespace == object.namespace
            }
            if !found {
                findings.add("Deployment '\(name)' has no ConfigMap '\(name)'.", at: object.node, scope: object.node, object: object)
            }
        }
    }

    static func deployment(_ name: String, replicas: Int = 1) -> String {
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: \(name)}\nspec:\n  replicas: \(replicas)\n"
    }

    static func configMap(_ name: String) -> String {
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \(name)}\ndata: {mode: fast}\n"
    }
}
