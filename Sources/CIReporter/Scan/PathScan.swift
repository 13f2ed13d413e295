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
        let discovered = FileDiscovery.discover(paths, filter: self.paths, jobs: scanner.jobs)
        var result = scanner.scan(discovered.files, diagnostics: discovered.diagnostics,
                                  hadUnreadableInput: discovered.hadUnreadableInput, progress: progress)
        guard let repository = try? Repository(discoveringFrom: workingDirectory), let root = repository.workingDirectory else {
            return Outcome(result: result, sourceRoot: workingDirectory)
        }
        let head = repository.isHeadUnborn ? nil : try? repository.commit("HEAD")
        result.versionControl = VersionControl(repository: repository, revision: head?.id.hex, environment: environment)
        let realRoot = Self.realPath(root)
        let basePath = URL(fileURLWithPath: workingDirectory, isDirectory: true).path
        // Resolved on --jobs threads, each with its own folders, in runs of files that mostly
        // share them: a system call or more per file.
        let judged = result.judgedFiles
        let resolved = ParallelWork.mapRuns(judged, jobs: scanner.jobs, minimumRun: 64) { run in
            var folders: [String: String] = [:]
            return run.map { path in Self.realPath(path.hasPrefix("/") ? path : basePath + "/" + path, folders: &folders) }
        }
        for (path, absolute) in zip(judged, resolved) {
            guard absolute.hasPrefix(realRoot) else { continue }
            let inRepository = String(absolute.dropFirst(realRoot.count))
            if inRepository != path { result.repositoryPaths[path] = inRepository }
        }
        return Outcome(result: result, sourceRoot: root)
    }

    /// A file's path with links resolved, resolving each folder once for all the files in it
    /// (resolving costs a system call per component); a file that is a link itself is resolved
    /// whole.
    static func realPath(_ path: String, folders: inout [String: String]) -> String {
        guard path.hasPrefix("/") else { return realPath(path) }
        // `.` and `..` are taken away first, by name, as URL's `standardizedFileURL` does.
        var components: [Substring] = []
        for component in path.split(separator: "/") where component != "." {
            if component == ".." { _ = components.popLast() } else { components.append(component) }
        }
        let path = "/" + components.joined(separator: "/")
        var status = stat()
        guard components.count > 1, lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFLNK else {
            return realPath(path)
        }
        let slash = path.lastIndex(of: "/")!
        let folder = String(path[..<slash])
        let realFolder = folders[folder] ?? realPath(folder)
        folders[folder] = realFolder
        return realFolder + path[slash...]
    }

    /// The path with links resolved, and a trailing `/` kept for folders given with one.
    static func realPath(_ path: String) -> String {
        // libc's realpath for a path that exists: URL's way costs several times more, for each
        // folder of a scan.
        let resolved = Glibc.realpath(path, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return path.hasSuffix("/") && !resolved.hasSuffix("/") ? resolved + "/" : resolved
    }
}
