extension RuleDescription {
    /// The same rule graded `severity`, as a configuration file may ask.
    public func graded(_ severity: Severity) -> RuleDescription {
        RuleDescription(id: id, slug: slug, name: name, severity: severity, category: category, summary: summary, help: help,
                        references: references, nonTriggeringExamples: nonTriggeringExamples, triggeringExamples: triggeringExamples)
    }
}

extension Rule {
    /// The same logic, its findings graded `severity`.
    public func graded(_ severity: Severity) -> Rule {
        Rule(description.graded(severity), logic: logic)
    }
}
