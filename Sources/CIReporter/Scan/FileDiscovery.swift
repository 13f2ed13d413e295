import Foundation
import YAML

/// Finds the manifests to judge under the paths a user named.
public enum FileDiscovery {
    public static let manifestExtensions: Set<String> = ["yaml", "yml", "json"]

    public struct Outcome: Sendable {
        public var files: [SourceFile] = []
        public var diagnostics: [Diagnostic] = []
        /// Whether a named path could not be read at all.
        public var hadUnreadableInput = false
    }

    /// Reads every `*.yaml`, `*.yml` and `*.json` file under `paths` that `filter` accepts; a
    /// file named directly is read whatever its extension, unless `filter` excludes it.
    /// Folders are walked in name order, hidden folders (`.git`) are left out, and links to
    /// folders are not followed. Paths are matched as reports show them. The files are read on
    /// up to `jobs` threads, and listed in the order they were found whatever the number.
    public static func discover(_ paths: [String], maxFileSize: Int = LoaderLimits.default.maxFileSize,
                                filter: PathFilter = PathFilter(), jobs: Int = 1) -> Outcome {
        var outcome = Outcome()
        var seen = Set<String>()
        // In the order given: a path that does not exist, or a file to read.
        var found: [(path: String, exists: Bool)] = []
        let manager = FileManager.default
        for given in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: given, isDirectory: &isDirectory) else {
                found.append((given, false))
                continue
            }
            let candidates = isDirectory.boolValue
                ? walk(given).filter { filter.accepts(displayPath($0)) }
                : [given].filter { !filter.excludes(displayPath($0)) }
            found += candidates.filter { seen.insert($0).inserted }.map { ($0, true) }
        }
        // Read one byte past the limit: enough for the loader to say the file is too large.
        let toRead = found
        let read = ParallelWork.map(toRead.count, jobs: jobs) { toRead[$0].exists ? contents(of: toRead[$0].path, upTo: maxFileSize + 1) : nil }
        for ((path, exists), bytes) in zip(found, read) {
            guard exists else {
                outcome.diagnostics.append(Diagnostic(.error, path: path, "no such file or folder"))
                outcome.hadUnreadableInput = true
                continue
            }
            guard let bytes else {
                outcome.diagnostics.append(Diagnostic(.error, path: displayPath(path), "cannot be read (permission denied?)"))
                outcome.hadUnreadableInput = true
                continue
            }
            outcome.files.append(SourceFile(path: displayPath(path), bytes: bytes))
        }
        return outcome
    }

    /// The file's first `limit` bytes, read straight into the array; nil when it cannot be opened.
    /// A read error ends the file where it happened.
    static func contents(of path: String, upTo limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
        // The size is a hint: a file that grows is read on, up to the limit.
        var bytes = [UInt8](repeating: 0, count: min(size + 1, limit))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit - count)) }
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func walk(_ folder: String) -> [String] {
        var found: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            for (name, type) in entries(of: current).sorted(by: { $0.name > $1.name }) where !name.hasPrefix(".") {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                if type == .folder {
                    pending.append(path)
                } else if type == .file, manifestExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }

    private enum EntryType { case folder, file, other }

    /// The names in a folder and what each is, links not followed. readdir says what most
    /// entries are, so only the others cost an lstat each (FileManager costs both, and more).
    private static func entries(of folder: String) -> [(name: String, type: EntryType)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, type: EntryType)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            guard name != ".", name != ".." else { continue }
            var type: EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): type = .folder
            case Int32(DT_REG): type = .file
            case Int32(DT_UNKNOWN):
                var status = stat()
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard lstat(path, &status) == 0 else { continue }
                let mode = status.st_mode & S_IFMT
                type = mode == S_IFDIR ? .folder : mode == S_IFREG ? .file : .other
            default: type = .other
            }
            entries.append((name, type))
        }
        return entries
    }

    /// `./samples/pod.yaml` is shown as `samples/pod.yaml`.
    static func displayPath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
