import YAML

/// The syntax the API server enforces on label keys and values.
public enum LabelSyntax {
    /// A name segment: at most 63 characters, alphanumerics with `-`, `_` and `.` inside.
    /// An empty string is a valid value but not a valid key name. (Read as bytes: every
    /// character allowed is ASCII, and labels are checked on every object.)
    static func isQualifiedNamePart(_ text: Substring) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 63, let first = bytes.first, let last = bytes.last,
              first.isASCIIAlphanumeric, last.isASCIIAlphanumeric else { return false }
        return bytes.allSatisfy { $0.isASCIIAlphanumeric || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    /// A DNS subdomain, as a key's prefix: at most 253 characters, lowercase labels of
    /// alphanumerics and `-`, joined by dots.
    static func isDNSSubdomain(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 253 else { return false }
        return text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy { label in
            guard label.count <= 63, let first = label.first, let last = label.last,
                  first.isLowercaseAlphanumeric, last.isLowercaseAlphanumeric else { return false }
            return label.allSatisfy { $0.isLowercaseAlphanumeric || $0 == UInt8(ascii: "-") }
        }
    }

    /// Whether `key` is a valid label key: `name` or `prefix/name`.
    public static func isValidKey(_ key: String) -> Bool {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return isQualifiedNamePart(parts[0])
        case 2: return isDNSSubdomain(parts[0]) && isQualifiedNamePart(parts[1])
        default: return false
        }
    }

    /// Whether `value` is a valid label value: empty, or a name segment.
    public static func isValidValue(_ value: String) -> Bool {
        value.isEmpty || isQualifiedNamePart(Substring(value))
    }
}

extension UInt8 {
    var isASCIIAlphanumeric: Bool { isLowercaseAlphanumeric || (UInt8(ascii: "A") ... UInt8(ascii: "Z")).contains(self) }
    var isLowercaseAlphanumeric: Bool {
        (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(self)
    }
}

extension KubernetesObject {
    /// Every `labels` mapping of the object: its own, and its pod templates' (a CronJob's job
    /// template too), each validated by the API server.
    public var labelMaps: [Node] {
        var maps = [metadata?["labels"]]
        maps.append(spec?["template"]?["metadata"]?["labels"])
        maps.append(spec?["jobTemplate"]?["metadata"]?["labels"])
        maps.append(spec?["jobTemplate"]?["spec"]?["template"]?["metadata"]?["labels"])
        if kind == "PodTemplate" { maps.append(node["template"]?["metadata"]?["labels"]) }
        return maps.compactMap { $0 }.filter { $0.kind == .mapping }
    }
}
