import Rules
import YAML

/// Told how many files of how many have been read, for a progress line.
public typealias ScanProgress = @Sendable (_ done: Int, _ total: Int) -> Void

/// Loads source files, judges every Kubernetes object in them, marks what suppressions silence,
/// and gathers one `ScanResult`.
public struct Scanner: Sendable {
    public var rules: [Rule]
    public var limits: LoaderLimits
    /// Every rule there is, so that a suppression comment naming a rule that did not run is
    /// told apart from one naming a rule that does not exist.
    public var knownRules: [RuleDescription] = Catalog.rules.map(\.description)
    public var suppressions = SuppressionOptions()

    /// What silences findings, and whether suppressions that silence nothing are reported.
    public struct SuppressionOptions: Sendable {
        /// Read `# kics-scan …` and `# ci-reporter:ignore …` comments.
        public var readsComments = true
        /// The configuration's `ignore:` entries.
        public var paths: [PathSuppression] = []
        /// Report, as notes, each suppression that silences nothing.
        public var reportsUnused = false
        /// Whether an `ignore:` entry that silences nothing is reported too: only worth it when
        /// every file it might apply to was judged (not in a diff of a few files).
        public var reportsUnusedPathEntries = true
        public init() {}
    }

    public init(rules: [Rule] = Catalog.rules, limits: LoaderLimits = .default) {
        self.rules = rules
        self.limits = limits
    }

    public func scan(_ files: [SourceFile], diagnostics: [Diagnostic] = [], hadUnreadableInput: Bool = false,
                     progress: ScanProgress? = nil) -> ScanResult {
        let loader = YAMLLoader(limits: limits)
        let trees = files.enumerated().map { index, file in
            defer { progress?(index + 1, files.count) }
            return loader.load(path: file.path, bytes: file.bytes)
        }
        let objectsByFile = trees.map { KubernetesObject.objects(in: $0) }
        let context = ScanContext(objects: objectsByFile.flatMap { $0 })
        let judge = Judge(rules: rules)
        let ranRules = Set(rules.map(\.description.slug))
        var findings: [Finding] = []
        var suppressionNotes: [Diagnostic] = []
        for (tree, objects) in zip(trees, objectsByFile) {
            var fileFindings = judge.judge(objects, in: context)
            if suppressions.readsComments {
                suppressionNotes += InlineSuppressions(tree, knownRules: knownRules)
                    .apply(to: &fileFindings, ranRules: ranRules, reportingUnused: suppressions.reportsUnused)
            }
            findings += fileFindings
        }
        suppressionNotes += PathSuppression.apply(suppressions.paths, to: &findings,
                                                  reportingUnused: suppressions.reportsUnused && suppressions.reportsUnusedPathEntries)
        return ScanResult(
            findings: findings.sorted(by: Finding.reportOrder),
            diagnostics: diagnostics + trees.flatMap(\.diagnostics) + suppressionNotes,
            rules: rules.map(\.description),
            judgedFiles: files.map(\.path),
            objects: context.objects.map { JudgedObject(path: $0.path, identity: $0.identity, line: $0.node.start.line) },
            hadUnreadableInput: hadUnreadableInput,
            sources: Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        )
    }
}
