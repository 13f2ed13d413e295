/// Line starts of a file's bytes, for turning byte offsets into positions and for finding the
/// `---` lines where a multi-document file can be parsed again after an error.
public struct LineTable {
    private let source: [UInt8]
    /// Byte offset at which each line starts; line N (1-based) starts at `starts[N - 1]`.
    private let starts: [Int]

    init(_ source: [UInt8]) {
        self.source = source
        self.starts = Self.lineStarts(of: source)
    }

    /// The byte offset at which each line starts, reading `\n`, `\r\n` and a lone `\r` as line
    /// ends, as libyaml does.
    public static func lineStarts(of source: [UInt8]) -> [Int] {
        var starts = [0]
        source.withUnsafeBufferPointer { source in
            var i = 0
            while i < source.count {
                let byte = source[i]
                if byte == UInt8(ascii: "\n") {
                    starts.append(i + 1)
                } else if byte == UInt8(ascii: "\r") {
                    if i + 1 < source.count, source[i + 1] == UInt8(ascii: "\n") { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        return starts
    }

    /// The 1-based line holding a byte offset.
    func line(ofOffset offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    func offset(ofLine line: Int) -> Int {
        starts[min(max(line - 1, 0), starts.count - 1)]
    }

    /// Line and column of a byte offset; the column counts UTF-8 lead bytes, so it counts
    /// characters as libyaml and editors do.
    func position(ofOffset offset: Int) -> Position {
        let line = line(ofOffset: offset)
        var column = 1
        var i = starts[line - 1]
        let bomEnd = line == 1 && source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        i = max(i, bomEnd)
        while i < min(offset, source.count) {
            if source[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return Position(line: line, column: column)
    }

    private func isDocumentStart(line index: Int) -> Bool {
        let start = starts[index]
        guard start + 3 <= source.count,
              source[start] == UInt8(ascii: "-"), source[start + 1] == UInt8(ascii: "-"), source[start + 2] == UInt8(ascii: "-")
        else { return false }
        if start + 3 == source.count { return true }
        switch source[start + 3] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
        default: return false
        }
    }

    /// The offset of the first `---` line that starts after the line holding `offset`.
    func documentStart(after offset: Int) -> Int? {
        var index = line(ofOffset: offset)
        while index < starts.count {
            if isDocumentStart(line: index) { return starts[index] }
            index += 1
        }
        return nil
    }

    /// The offset of the last `---` line at or before `offset`, but not before `floor`.
    func documentStart(atOrBefore offset: Int, notBefore floor: Int) -> Int {
        var index = line(ofOffset: offset) - 1
        while index >= 0, starts[index] >= floor {
            if isDocumentStart(line: index) { return starts[index] }
            index -= 1
        }
        return floor
    }
}
