/// The `primaryLocationLineHash` GitHub's upload action computes for each line of a file: a
/// rolling hash over a window of 100 characters starting at the line, with spaces and tabs left
/// out and line ends read as `\n`, followed by `:n` for the n-th line with that same hash.
/// Computing it here, from the bytes that were judged, means uploads through the REST API get
/// the same alert identity as uploads through the action.
public enum LineHash {
    private static let blockSize = 100
    private static let modulus: Int64 = 37

    /// The hash of every line of `bytes`, by 1-based line number.
    public static func hashes(of bytes: [UInt8]) -> [Int: String] {
        var result: [Int: String] = [:]
        var window = [Int64](repeating: 0, count: blockSize)
        var lineNumbers = [Int](repeating: -1, count: blockSize)
        var hash: Int64 = 0
        var firstMod: Int64 = 1
        for _ in 0 ..< blockSize { firstMod = firstMod &* modulus }
        var index = 0
        var lineNumber = 0
        var lineStart = true
        var previousWasCR = false
        var counts: [UInt64: Int] = [:]

        func output() {
            let value = UInt64(bitPattern: hash)
            counts[value, default: 0] += 1
            result[lineNumbers[index]] = "\(String(value, radix: 16)):\(counts[value]!)"
            lineNumbers[index] = -1
        }
        func update(_ current: Int64) {
            let begin = window[index]
            window[index] = current
            hash = modulus &* hash &+ current &- firstMod &* begin
            index = (index + 1) % blockSize
        }
        func process(_ unit: Int64) {
            var current = unit
            let space: Int64 = 0x20, tab: Int64 = 0x09, lf: Int64 = 0x0A, cr: Int64 = 0x0D
            if current == space || current == tab || (previousWasCR && current == lf) {
                previousWasCR = false
                return
            }
            if current == cr {
                current = lf
                previousWasCR = true
            } else {
                previousWasCR = false
            }
            if lineNumbers[index] != -1 { output() }
            if lineStart {
                lineStart = false
                lineNumber += 1
                lineNumbers[index] = lineNumber
            }
            if current == lf { lineStart = true }
            update(current)
        }

        // The action reads the file as JavaScript does: UTF-16 code units.
        for unit in String(decoding: bytes, as: UTF8.self).utf16 {
            process(Int64(unit))
        }
        process(65535)  // the action's end-of-file marker
        for _ in 0 ..< blockSize {
            if lineNumbers[index] != -1 { output() }
            update(0)
        }
        return result
    }
}
