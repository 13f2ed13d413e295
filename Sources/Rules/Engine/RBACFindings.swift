import YAML

/// The words the RBAC rules report with.
extension Findings {
    /// One finding for each rule of a Role or ClusterRole that opens `subresource` of pods
    /// (`exec`, `attach`, `portforward`), pointing at the resource item that covers it, about the
    /// rule. Only `create` opens them: API servers since 1.31 authorize the WebSocket
    /// connection, a `get`, as `create` too, so a read-only rule over `*` is not reported.
    mutating func podSubresourceAccess(_ subresource: String, in object: KubernetesObject, lets consequence: String) {
        let resource = "pods/\(subresource)"
        for rule in object.policyRules {
            guard let verb = rule.grantedVerb("create", on: resource)?.scalar,
                  let item = rule.resourceItem(covering: resource) else { continue }
            let how = verb == "*" ? "every verb, create included," : "create"
            add("\(object.identity) lets its subjects \(consequence): \(rule.written) allows \(how) on \(resource); expected no rule that covers \(resource) with create.",
                at: item, scope: rule.node, object: object)
        }
    }
}
