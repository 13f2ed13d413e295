import Rules

/// Compares a file's findings with its base version's, by logical fingerprint (no line
/// numbers), counting repeats: two equal findings before and three after make one new.
///
/// Both versions carry their suppressions. A finding that was suppressed in the base and is
/// not any more is `new`: taking a suppression out brings the finding in. One suppressed in the
/// head only is `unchanged` (and does not count, being suppressed), not a fix.
enum Baseline {
    /// Marks each head finding `new` or `unchanged`, and returns the base findings the change
    /// fixed, marked `absent`.
    static func compare(head: inout [Finding], base: [Finding]) -> [Finding] {
        var remaining: [String: [Finding]] = Dictionary(grouping: base, by: \.logicalFingerprint)
        for index in head.indices {
            let fingerprint = head[index].logicalFingerprint
            guard var matches = remaining[fingerprint], !matches.isEmpty else {
                head[index].baselineState = .new
                continue
            }
            // Pair with a base finding in the same state first, so that repeats pair up right.
            let isSuppressed = head[index].suppression != nil
            let pick = matches.firstIndex { ($0.suppression != nil) == isSuppressed } ?? matches.startIndex
            let matched = matches.remove(at: pick)
            remaining[fingerprint] = matches
            head[index].baselineState = matched.suppression != nil && !isSuppressed ? .new : .unchanged
        }
        return remaining.values.flatMap { $0 }.map { finding in
            var fixed = finding
            fixed.baselineState = .absent
            return fixed
        }.sorted(by: Finding.reportOrder)
    }
}
