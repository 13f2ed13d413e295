import Foundation

/// JSON with keys in a fixed order, so two runs over the same input give the same bytes.
enum JSONWriter {
    static func bytes(_ value: Any) throws -> [UInt8] {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return [UInt8](data) + [UInt8(ascii: "\n")]
    }
}
