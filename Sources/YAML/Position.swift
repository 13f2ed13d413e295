/// A place in a source file, counted as an editor counts: both numbers start at 1 and the
/// column counts Unicode scalars, so a tab or an `é` is one column.
public struct Position: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Position, b: Position) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of a source file: `end` is the position just after the last character,
/// as SARIF's `endColumn` expects.
public struct SourceSpan: Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public func contains(line: Int) -> Bool {
        start.line <= line && line <= end.line
    }
}
