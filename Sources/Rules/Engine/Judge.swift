import YAML

/// Runs rules over loaded files.
public struct Judge: Sendable {
    public let rules: [Rule]

    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// The findings of every rule on every object of `tree`, in report order.
    public func judge(_ tree: YAMLTree, in context: ScanContext) -> [Finding] {
        judge(KubernetesObject.objects(in: tree), in: context)
    }

    public func judge(_ objects: [KubernetesObject], in context: ScanContext) -> [Finding] {
        var findings: [Finding] = []
        for object in objects {
            for rule in rules {
                findings += rule.judge(object, in: context)
            }
        }
        return Finding.inReportOrder(findings)
    }
}
