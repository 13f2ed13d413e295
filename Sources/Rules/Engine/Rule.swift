import YAML

/// A rule: its description and the logic that judges one Kubernetes object.
public struct Rule: Sendable {
    public typealias Logic = @Sendable (KubernetesObject, inout Findings) -> Void
    public typealias ContextNeeds = @Sendable (KubernetesObject) -> ContextNeed

    public let description: RuleDescription
    /// Whether the logic reads other objects of the scan (`findings.context`): a cross-resource
    /// rule. Only such rules are given them, and only when one runs does a scan keep every
    /// file loaded until all are judged; otherwise each file is let go once judged.
    public let looksAcrossObjects: Bool
    /// What a cross-resource rule reads of the other objects to judge one object (nil: it
    /// may read any).
    let contextNeeds: ContextNeeds?
    let logic: Logic

    /// `contextNeeds` says, for an object, which other objects the logic may read about it:
    /// `diff` reads only the files that may hold them (`ContextNeed`).
    public init(_ description: RuleDescription, looksAcrossObjects: Bool = false, contextNeeds: ContextNeeds? = nil,
                logic: @escaping Logic) {
        self.description = description
        self.looksAcrossObjects = looksAcrossObjects
        self.contextNeeds = contextNeeds
        self.logic = logic
    }

    /// Which other objects of the scan this rule may read to judge `object`: none unless it
    /// looks across objects, every one unless it says which.
    public func contextNeed(of object: KubernetesObject) -> ContextNeed {
        guard looksAcrossObjects else { return .nothing }
        return contextNeeds?(object) ?? .everything
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
