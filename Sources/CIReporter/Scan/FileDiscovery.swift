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
    /// folders are not followed. Paths are matched as reports show them.
    public static func discover(_ paths: [String], maxFileSize: Int = LoaderLimits.default.maxFileSize,
                                filter: PathFilter = PathFilter()) -> Outcome {
        var outcome = Outcome()
        var seen = Set<String>()
        let manager = FileManager.default
        for given in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: given, isDirectory: &isDirectory) else {
                outcome.diagnostics.append(Diagnostic(.error, path: given, "no such file or folder"))
                outcome.hadUnreadableInput = true
                continue
            }
            let candidates = isDirectory.boolValue
                ? walk(given).filter { filter.accepts(displayPath($0)) }
                : [given].filter { !filter.excludes(displayPath($0)) }
            for path in candidates where seen.insert(path).inserted {
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    outcome.diagnostics.append(Diagnostic(.error, path: displayPath(path), "cannot be read (permission denied?)"))
                    outcome.hadUnreadableInput = true
                    continue
                }
                defer { try? handle.close() }
                // Read one byte past the limit: enough for the loader to say the file is too large.
                let data = (try? handle.read(upToCount: maxFileSize + 1)) ?? nil
                outcome.files.append(SourceFile(path: displayPath(path), bytes: data.map { [UInt8]($0) } ?? []))
            }
        }
        return outcome
    }

    private static func walk(_ folder: String) -> [String] {
        var found: [String] = []
        var pending = [folder]
        let manager = FileManager.default
        while let current = pending.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: current) else { continue }
            for name in names.sorted().reversed() where !name.hasPrefix(".") {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                let attributes = try? manager.attributesOfItem(atPath: path)
                let type = attributes?[.type] as? FileAttributeType
                if type == .typeDirectory {
                    pending.append(path)
                } else if type == .typeRegular, manifestExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }

    /// `./samples/pod.yaml` is shown as `samples/pod.yaml`.
    static func displayPath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
