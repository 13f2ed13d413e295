import Foundation
import Rules
import YAML

/// `scan`: the manifests under the paths a user named, judged; when they sit in a git
/// repository, with what git knows of them (the revision and web address for links, and their
/// repository-relative paths for SARIF).
public struct PathScan: Sendable {
    public struct Outcome: Sendable {
        public var result: ScanResult
        /// The folder the reports' relative paths are relative to: the repository's root when
        /// in one, otherwise the working directory.
        public var sourceRoot: String
    }

    public var scanner: Scanner
    /// Which of the files found under the paths are judged (the configuration's include and
    /// exclude), matched against paths as reports show them.
    public var paths = PathFilter()

    public init(scanner: Scanner = Scanner()) {
        self.scanner = scanner
    }

    public func run(_ paths: [String], workingDirectory: String = FileManager.default.currentDirectoryPath,
                    environment: [String: String] = ProcessInfo.processInfo.environment,
                    progress: ScanProgress? = nil) -> Outcome {
        let discovered = FileDiscovery.discover(paths, filter: self.paths)
        var result = scanner.scan(discovered.files, diagnostics: discovered.diagnostics,
                                  hadUnreadableInput: discovered.hadUnreadableInput, progress: progress)
        guard let repository = try? Repository(discoveringFrom: workingDirectory), let root = repository.workingDirectory else {
            return Outcome(result: result, sourceRoot: workingDirectory)
        }
        let head = repository.isHeadUnborn ? nil : try? repository.commit("HEAD")
        result.versionControl = VersionControl(repository: repository, revision: head?.id.hex, environment: environment)
        let realRoot = Self.realPath(root)
        let base = URL(fileURLWithPath: workingDirectory, isDirectory: true)
        for path in result.judgedFiles {
            let absolute = Self.realPath(URL(fileURLWithPath: path, relativeTo: base).path)
            guard absolute.hasPrefix(realRoot) else { continue }
            let inRepository = String(absolute.dropFirst(realRoot.count))
            if inRepository != path { result.repositoryPaths[path] = inRepository }
        }
        return Outcome(result: result, sourceRoot: root)
    }

    /// The path with links resolved, and a trailing `/` kept for folders given with one.
    static func realPath(_ path: String) -> String {
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return path.hasSuffix("/") && !resolved.hasSuffix("/") ? resolved + "/" : resolved
    }
}
