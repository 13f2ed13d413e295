import Foundation
import Rules

/// What a manifest's bytes tell without a YAML parse: whether they write a word or a text. It
/// is how `diff` tells the files of the tree that may hold an object a `ContextNeed` asks for.
///
/// In a UTF-8 file, a YAML scalar is written with the very characters it reads as, unless a
/// double-quoted scalar escapes them with a backslash; an alias reads as its anchor, which is
/// written in the same file. So an object of kind `Service`, whatever the form (`kind: Service`,
/// `kind: "Service"`, `{"kind": "Service"}`, JSON, an anchor), has the word `Service` in its
/// file. A file with a backslash, or not in UTF-8 (libyaml reads UTF-16 too), cannot be sniffed.
struct ContextSniff {
    private let bytes: [UInt8]

    init?(_ bytes: [UInt8]) {
        guard !Self.holdsBackslash(bytes), Self.isUTF8(bytes) else { return nil }
        self.bytes = bytes
    }

    /// Whether `word` is written between two characters that are not ASCII letters or digits:
    /// a scalar that reads as `word` is, and `Pod` is then not found in `PodDisruptionBudget`.
    func containsWord(_ word: String) -> Bool { containsWord(Array(word.utf8)) }

    func containsWord(_ word: [UInt8]) -> Bool {
        var found = false
        forEachOccurrence(of: word) { start, end in
            found = (start == 0 || !Self.isLetterOrDigit(bytes[start - 1]))
                && (end == bytes.count || !Self.isLetterOrDigit(bytes[end]))
            return found
        }
        return found
    }

    /// Whether `text` is written anywhere.
    func contains(_ text: String) -> Bool { contains(Array(text.utf8)) }

    func contains(_ text: [UInt8]) -> Bool {
        var found = false
        forEachOccurrence(of: text) { _, _ in
            found = true
            return true
        }
        return found
    }

    /// Calls `body` with the byte range of each occurrence of `needle`, in order, until it
    /// returns true. `memchr` finds each place its first byte is written.
    private func forEachOccurrence(of needle: [UInt8], _ body: (Int, Int) -> Bool) {
        guard let first = needle.first else {
            _ = body(0, 0)
            return
        }
        bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return }
                var start = 0
                while haystack.count - start >= needle.count,
                      let match = memchr(base + start, Int32(first), haystack.count - start - needle.count + 1) {
                    let offset = base.distance(to: UnsafeRawPointer(match))
                    if memcmp(match, needleBase, needle.count) == 0, body(offset, offset + needle.count) { return }
                    start = offset + 1
                }
            }
        }
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }

    private static func holdsBackslash(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            buffer.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\\")), buffer.count) != nil } ?? false
        }
    }

    /// Whether the bytes are UTF-8: ASCII, checked eight bytes at a time, or else validated.
    private static func isUTF8(_ bytes: [UInt8]) -> Bool {
        let isASCII = bytes.withUnsafeBytes { buffer in
            var offset = 0
            var highBits: UInt64 = 0
            while offset + 8 <= buffer.count {
                highBits |= buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            while offset < buffer.count {
                highBits |= UInt64(buffer[offset])
                offset += 1
            }
            return highBits & 0x8080_8080_8080_8080 == 0
        }
        return isASCII || String(validating: bytes, as: UTF8.self) != nil
    }
}

/// A `ContextNeed` made ready to test every blob of a tree: the manifests it asks for grouped
/// by kinds, so that each group's kinds are looked for once per blob. A group asking for more
/// than `maxTexts` names (a change of hundreds of Deployments, each with its autoscaler's name)
/// takes in every manifest of its kinds instead, and the names of any kind every manifest, so
/// that sniffing never costs more than a few passes over each blob.
struct ContextSieve: Sendable {
    /// Kinds and texts as UTF-8, made once for every blob they are looked for in.
    private struct Group {
        /// A manifest must name one of them; nil for any manifest.
        let kinds: [[UInt8]]?
        /// And hold one of them; empty for no text.
        let texts: [[UInt8]]

        init(kinds: Set<String>?, texts: Set<String>) {
            self.kinds = kinds.map { $0.sorted().map { Array($0.utf8) } }
            self.texts = texts.sorted().map { Array($0.utf8) }
        }
    }

    private let keepsEverything: Bool
    private let groups: [Group]

    init(_ need: ContextNeed, maxTexts: Int = 16) {
        var textsByKinds: [Set<String>?: Set<String>] = [:]
        var untextedKinds: Set<Set<String>?> = []
        for manifests in need.manifests {
            if let text = manifests.text {
                textsByKinds[manifests.kinds, default: []].insert(text)
            } else {
                untextedKinds.insert(manifests.kinds)
            }
        }
        for (kinds, texts) in textsByKinds where texts.count > maxTexts {
            textsByKinds[kinds] = nil
            untextedKinds.insert(kinds)
        }
        keepsEverything = need.isEverything || untextedKinds.contains(nil)
        groups = untextedKinds.compactMap { $0.map { Group(kinds: $0, texts: []) } }
            + textsByKinds.filter { !untextedKinds.contains($0.key) }.map { Group(kinds: $0.key, texts: $0.value) }
    }

    /// Whether a file may hold an object the need takes in: always, when its bytes cannot be
    /// sniffed.
    func keeps(_ bytes: [UInt8]) -> Bool {
        if keepsEverything { return true }
        if groups.isEmpty { return false }
        guard let sniff = ContextSniff(bytes) else { return true }
        // Texts first: a name is written in few files, a kind such as Deployment in most.
        return groups.contains { group in
            (group.texts.isEmpty || group.texts.contains(where: sniff.contains)) && (group.kinds?.contains(where: sniff.containsWord) ?? true)
        }
    }
}
