/// Bounds that keep a hostile or broken file from costing more than a normal one.
public struct LoaderLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    public var maxFileSize: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes (scalars, collections, aliases) in one file.
    public var maxNodes: Int

    public init(maxFileSize: Int = 16 << 20, maxDepth: Int = 256, maxNodes: Int = 2_000_000) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let `default` = LoaderLimits()
}
