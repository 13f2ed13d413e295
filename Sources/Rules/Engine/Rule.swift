import YAML

/// A rule: its description and the logic that judges one Kubernetes object.
public struct Rule: Sendable {
    public typealias Logic = @Sendable (KubernetesObject, inout Findings) -> Void

    public let description: RuleDescription
    /// Whether the logic reads other objects of the scan (`findings.context`): a cross-resource
    /// rule. Only such rules are given them, and only when one runs does a scan keep every
    /// file loaded until all are judged; otherwise each file is let go once judged.
    public let looksAcrossObjects: Bool
    let logic: Logic

    public init(_ description: RuleDescription, looksAcrossObjects: Bool = false, logic: @escaping Logic) {
        self.description = description
        self.looksAcrossObjects = looksAcrossObjects
        self.logic = logic
    }

    /// What this rule finds in one object; `context` holds every object of the scan, and the
    /// rule sees it only if it `looksAcrossObjects`.
    public func judge(_ object: KubernetesObject, in context: ScanContext) -> [Finding] {
        var findings = Findings(rule: description, context: looksAcrossObjects ? context : .empty)
        logic(object, &findings)
        return findings.list
    }
}

/// Where a rule's logic puts what it finds, with the words rules use most.
public struct Findings {
    public let rule: RuleDescription
    /// Every object of the scan, for rules that look across resources.
    public let context: ScanContext
    public private(set) var list: [Finding] = []

    init(rule: RuleDescription, context: ScanContext) {
        self.rule = rule
        self.context = context
    }

    /// Adds a finding that points at `location` and is about `scope`.
    public mutating func add(_ message: String, at location: Node, scope: Node, object: KubernetesObject,
                             container: Container? = nil) {
        list.append(Finding(rule: rule, message: message, path: object.path, location: location.span,
                            scope: scope.span, object: object.identity, container: container?.name,
                            keyPath: location.keyPath))
    }

    /// A flag the component needs is not set: points at the container's `command` key (as KICS
    /// does), about the container.
    public mutating func missingFlag(_ flag: String, in invocation: ComponentInvocation, expected: String? = nil) {
        let container = invocation.container
        let location = container.commandKey ?? container.node
        let wanted = expected.map { " (expected \(flag) \($0))" } ?? ""
        add("\(container.displayName) runs \(invocation.component) without \(flag)\(wanted).",
            at: location, scope: container.node, object: container.object, container: container)
    }
}
