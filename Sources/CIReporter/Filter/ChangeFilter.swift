import Rules

/// Which findings of a changed file a `diff` reports.
public enum ChangeFilter: String, CaseIterable, Sendable {
    /// The finding's location is on a line the change added.
    case added
    /// The change (an added line or a deletion) falls inside the finding's scope: editing a
    /// container's `args` surfaces that container's findings even when they point at `command`.
    case touched
    /// Every finding in a changed file.
    case file
    /// No filter: every file of the head tree is judged, changed or not.
    case all

    public func keeps(_ finding: Finding, in change: FileChange?) -> Bool {
        guard let change else { return self == .all }
        switch self {
        case .added:
            return change.addedLines.contains(finding.location.start.line)
        case .touched:
            return change.addedLines.contains(finding.location.start.line)
                || change.touches(firstLine: finding.scope.start.line, lastLine: finding.scope.end.line)
        case .file, .all:
            return true
        }
    }
}
