import Rules
import YAML

/// Told how many files of how many have been read, for a progress line.
public typealias ScanProgress = @Sendable (_ done: Int, _ total: Int) -> Void

/// Loads source files, judges every Kubernetes object in them, and gathers one `ScanResult`.
public struct Scanner: Sendable {
    public var rules: [Rule]
    public var limits: LoaderLimits

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
        var findings: [Finding] = []
        for objects in objectsByFile {
            findings += judge.judge(objects, in: context)
        }
        return ScanResult(
            findings: findings.sorted(by: Finding.reportOrder),
            diagnostics: diagnostics + trees.flatMap(\.diagnostics),
            rules: rules.map(\.description),
            judgedFiles: files.map(\.path),
            objects: context.objects.map { JudgedObject(path: $0.path, identity: $0.identity, line: $0.node.start.line) },
            hadUnreadableInput: hadUnreadableInput,
            sources: Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        )
    }
}
