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
    /// How many files are loaded and judged at once (at least 1). The result is the same
    /// whatever the number: findings and diagnostics are merged in file order.
    public var jobs = ParallelWork.defaultJobs

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

    /// Judges `files`. `context` holds other files whose objects cross-resource rules see
    /// beside those of `files` (the unchanged files of a diff): they are loaded only when such
    /// a rule runs, and never judged or reported on, their parse errors included.
    public func scan(_ files: [SourceFile], context: [SourceFile] = [], diagnostics: [Diagnostic] = [],
                     hadUnreadableInput: Bool = false, progress: ScanProgress? = nil) -> ScanResult {
        let contextObjects = rules.contains(where: \.looksAcrossObjects) ? Array(objects(of: context).joined()) : []
        return scan(files, contextObjects: contextObjects, diagnostics: diagnostics,
                    hadUnreadableInput: hadUnreadableInput, progress: progress)
    }

    /// The objects of each file, loaded on `jobs` threads: context files, which are loaded and
    /// never judged.
    public func objects(of files: [SourceFile]) -> [[KubernetesObject]] {
        let loader = YAMLLoader(limits: limits)
        return ParallelWork.map(files.count, jobs: jobs) { index in
            KubernetesObject.objects(in: loader.load(path: files[index].path, bytes: files[index].bytes))
        }
    }

    /// Judges `files` beside `contextObjects`, other objects already loaded (`objects(of:)`):
    /// `diff` loads the unchanged files once for both sides of a change.
    public func scan(_ files: [SourceFile], contextObjects: [KubernetesObject], diagnostics: [Diagnostic] = [],
                     hadUnreadableInput: Bool = false, progress: ScanProgress? = nil) -> ScanResult {
        let loader = YAMLLoader(limits: limits)
        let counter = ProgressCounter(total: files.count, progress: progress)
        let judge = Judge(rules: rules)
        let ranRules = Set(rules.map(\.description.slug))
        let knownRules = knownRules, suppressions = suppressions
        // What one loaded file yields: its findings with its own suppression comments applied,
        // and what the result says of it.
        let judgeFile: @Sendable (YAMLTree, [KubernetesObject], ScanContext) -> JudgedFile = { tree, objects, context in
            var findings = judge.judge(objects, in: context)
            var notes: [Diagnostic] = []
            if suppressions.readsComments {
                notes = InlineSuppressions(tree, knownRules: knownRules)
                    .apply(to: &findings, ranRules: ranRules, reportingUnused: suppressions.reportsUnused)
            }
            return JudgedFile(findings: findings, notes: notes, diagnostics: tree.diagnostics,
                              objects: objects.map { JudgedObject(path: $0.path, identity: $0.identity, line: $0.node.start.line) })
        }
        // Files are loaded and judged on up to `jobs` threads, each taking the next file.
        var judged: [JudgedFile]
        if rules.contains(where: \.looksAcrossObjects) {
            // A cross-resource rule sees every object of the scan: every file is loaded before
            // any is judged.
            let loaded = ParallelWork.map(files.count, jobs: jobs) { index in
                let tree = loader.load(path: files[index].path, bytes: files[index].bytes)
                let objects = KubernetesObject.objects(in: tree)
                counter.finishedOne()
                return LoadedFile(tree: tree, objects: objects)
            }
            let scanContext = ScanContext(objects: loaded.flatMap(\.objects) + contextObjects)
            judged = ParallelWork.map(loaded.count, jobs: jobs) { index in
                judgeFile(loaded[index].tree, loaded[index].objects, scanContext)
            }
            // Freeing the trees (millions of nodes) is serial work that nothing waits for.
            ParallelWork.releaseInBackground((consume loaded, consume scanContext))
        } else {
            // Otherwise a file is let go as soon as it is judged: a thread holds one tree at a time.
            judged = ParallelWork.map(files.count, jobs: jobs) { index in
                let tree = loader.load(path: files[index].path, bytes: files[index].bytes)
                let objects = KubernetesObject.objects(in: tree)
                counter.finishedOne()
                return judgeFile(tree, objects, .empty)
            }
        }
        // Merge in file order, whatever order the files finished in, letting each file's own
        // list go once merged so that the findings are not held twice.
        var findings: [Finding] = []
        findings.reserveCapacity(judged.reduce(0) { $0 + $1.findings.count })
        var suppressionNotes: [Diagnostic] = []
        // Each file's findings come sorted, so the whole is in order when each file's first
        // follows the one before it; files are mostly given in path order.
        var inOrder = true
        for index in judged.indices {
            if let last = findings.last, let first = judged[index].findings.first, Finding.reportOrder(first, last) { inOrder = false }
            findings += judged[index].findings
            suppressionNotes += judged[index].notes
            judged[index].findings = []
        }
        suppressionNotes += PathSuppression.apply(suppressions.paths, to: &findings,
                                                  reportingUnused: suppressions.reportsUnused && suppressions.reportsUnusedPathEntries)
        return ScanResult(
            findings: inOrder ? findings : Finding.inReportOrder(findings),
            diagnostics: diagnostics + judged.flatMap(\.diagnostics) + suppressionNotes,
            rules: rules.map(\.description),
            judgedFiles: files.map(\.path),
            objects: judged.flatMap(\.objects),
            hadUnreadableInput: hadUnreadableInput,
            sources: Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        )
    }

    private struct LoadedFile: Sendable {
        let tree: YAMLTree
        let objects: [KubernetesObject]
    }

    private struct JudgedFile: Sendable {
        var findings: [Finding]
        let notes: [Diagnostic]
        let diagnostics: [Diagnostic]
        let objects: [JudgedObject]
    }
}
