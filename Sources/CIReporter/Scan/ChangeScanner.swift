import Rules
import YAML

/// Judges what a change touched: plans the files with git, judges their new versions (and
/// their base versions for the baseline), and keeps the findings the change filter selects.
///
/// When one of the scanner's rules looks across objects, the rest of each side's tree is read
/// too, as context: the new versions are judged beside the other manifests of the head side,
/// the base versions beside those of the base tree, and findings still come from changed files
/// only. Of those manifests only the ones that may hold what the judged objects need are parsed
/// (`contextNeed(of:)`), which judges them as every manifest would. Otherwise nothing but the
/// changed files is read.
public struct ChangeScanner: Sendable {
    public struct Options: Sendable {
        public var filter: ChangeFilter = .touched
        public var baseline = true
        public var paths = PathFilter()
        public init() {}
    }

    public struct Outcome: Sendable {
        public let result: ScanResult
        public let plan: ChangePlan
        /// Findings in changed files that the filter left out.
        public let filteredOut: Int

        /// `compared main...feature (1a2b3c4..5d6e7f8): 3 files changed, 2 judged, 1 skipped;
        /// findings: 1 new, 1 unchanged, 0 fixed.`
        /// Suppressed findings are counted apart, not as new or unchanged.
        public var summary: String {
            let findings = result.activeFindings
            let suppressed = result.findings.count - findings.count
            var line = "compared \(plan.rangeDescription): \(plan.changedCount) file\(plan.changedCount == 1 ? "" : "s") changed, "
                + "\(result.judgedFiles.count) judged, \(plan.notices.count) skipped; "
            if result.baselineRan {
                let new = findings.filter { $0.baselineState == .new }.count
                line += "findings: \(new) new, \(findings.count - new) unchanged, \(result.absentFindings.count) fixed"
            } else {
                line += "findings: \(findings.count)"
            }
            if suppressed > 0 { line += ", \(suppressed) suppressed" }
            if filteredOut > 0 { line += " (\(filteredOut) more in changed files, outside the change)" }
            return line + "."
        }
    }

    public var scanner: Scanner
    public var options: Options

    public init(scanner: Scanner = Scanner(), options: Options = Options()) {
        self.scanner = scanner
        self.options = options
    }

    public func run(_ target: ChangeTarget, in repository: Repository, progress: ScanProgress? = nil) throws -> Outcome {
        let loadsContext = scanner.rules.contains(where: \.looksAcrossObjects)
        let plan = try ChangePlanner.plan(target, in: repository, filter: options.paths, includeUnchanged: options.filter == .all,
                                          contextNeed: loadsContext ? { contextNeed(of: $0) } : nil, jobs: scanner.jobs)
        // An `ignore:` entry of the configuration silencing nothing in a few changed files says
        // nothing about the rest of the tree: it is reported only when the whole tree was judged.
        var headScanner = scanner
        headScanner.suppressions.reportsUnusedPathEntries = options.filter == .all
        // Both sides' context files come from the base tree, where one path is one blob: each
        // is loaded once, for both (the base side's only when the baseline runs).
        let contextFiles = Dictionary((plan.context + (options.baseline ? plan.baseContext : [])).map { ($0.path, $0) },
                                      uniquingKeysWith: { a, _ in a })
        let loadedContext = Dictionary(uniqueKeysWithValues: zip(contextFiles.keys, scanner.objects(of: Array(contextFiles.values))))
        func contextObjects(_ files: [SourceFile]) -> [KubernetesObject] { files.flatMap { loadedContext[$0.path] ?? [] } }
        var result = headScanner.scan(plan.files.map(\.source), contextObjects: contextObjects(plan.context), diagnostics: plan.notices,
                                      progress: progress)
        let changes = Dictionary(plan.files.map { ($0.source.path, $0) }, uniquingKeysWith: { a, _ in a })

        // The baseline compares everything the file holds, so that a finding the filter hides
        // is not taken for a fixed one.
        if options.baseline {
            // The base is judged, and suppressed, the same way; what it has to say about itself
            // (unused suppressions, parse errors) is not this change's business.
            var baseScanner = scanner
            baseScanner.suppressions.reportsUnused = false
            let baseFindings = Dictionary(grouping: baseScanner.scan(plan.files.compactMap(\.base), contextObjects: contextObjects(plan.baseContext)).findings, by: \.path)
            let headFindings = Dictionary(grouping: result.findings, by: \.path)
            var marked: [Finding] = []
            var absent: [Finding] = []
            for file in plan.files {
                var findings = headFindings[file.source.path] ?? []
                if file.change == nil && file.base == nil {
                    // Not part of the change (with --filter all), and judged alone: as it was.
                    marked += findings.map { var finding = $0; finding.baselineState = .unchanged; return finding }
                } else {
                    absent += Baseline.compare(head: &findings, base: baseFindings[file.source.path] ?? [])
                    marked += findings
                }
            }
            result.findings = marked.sorted(by: Finding.reportOrder)
            result.absentFindings = absent.sorted(by: Finding.reportOrder)
            result.baselineRan = true
        }

        let before = result.findings.count
        result.findings.removeAll { !options.filter.keeps($0, in: changes[$0.path]?.change) }
        let filteredOut = before - result.findings.count
        result.versionControl = plan.versionControl
        return Outcome(result: result, plan: plan, filteredOut: filteredOut)
    }

    /// What the cross-resource rules may read of the other objects to judge those of `files`,
    /// loaded as the scanner loads them.
    func contextNeed(of files: [SourceFile]) -> ContextNeed {
        let loader = YAMLLoader(limits: scanner.limits)
        let rules = scanner.rules.filter(\.looksAcrossObjects)
        var need = ContextNeed.nothing
        for file in files {
            for object in KubernetesObject.objects(in: loader.load(path: file.path, bytes: file.bytes)) {
                for rule in rules { need.formUnion(rule.contextNeed(of: object)) }
            }
        }
        return need
    }
}
