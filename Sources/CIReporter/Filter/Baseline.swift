import Rules

/// Compares a file's findings with its base version's, by logical fingerprint (no line
/// numbers), counting repeats: two equal findings before and three after make one new.
enum Baseline {
    /// Marks each head finding `new` or `unchanged`, and returns the base findings the change
    /// fixed, marked `absent`.
    static func compare(head: inout [Finding], base: [Finding]) -> [Finding] {
        var remaining: [String: [Finding]] = Dictionary(grouping: base, by: \.logicalFingerprint)
        for index in head.indices {
            let fingerprint = head[index].logicalFingerprint
            if var matches = remaining[fingerprint], !matches.isEmpty {
                matches.removeFirst()
                remaining[fingerprint] = matches
                head[index].baselineState = .unchanged
            } else {
                head[index].baselineState = .new
            }
        }
        return remaining.values.flatMap { $0 }.map { finding in
            var fixed = finding
            fixed.baselineState = .absent
            return fixed
        }.sorted(by: Finding.reportOrder)
    }
}
