/// Which other objects of a scan a cross-resource rule may read to judge one object, told by
/// what their manifests must say: `diff` then reads as context only the files that may hold such
/// an object, and leaves the rest of the tree unparsed.
///
/// A need may take in more files than the rule reads, never fewer: a file left out must hold
/// no object that could change what the rule says. A file matters when it names one of the
/// kinds asked for as a word, and holds the text asked for, if any. Both are looked for in the
/// file's bytes: a scalar is written as it reads, unless it is escaped, folded over lines or
/// holds quotes, so a text that could be written otherwise is not looked for at all.
public struct ContextNeed: Sendable, Hashable {
    /// Manifests that name one of `kinds` (any manifest, when nil) and hold `text` (when set).
    public struct Manifests: Sendable, Hashable {
        public let kinds: Set<String>?
        public let text: String?
    }

    /// Every manifest matters: nothing can be left out.
    public private(set) var isEverything = false
    /// Manifests that matter, any one of them.
    public private(set) var manifests: Set<Manifests> = []

    /// The rule does not judge the object by others.
    public static let nothing = ContextNeed()

    public static let everything = ContextNeed(isEverything: true)

    public var isNothing: Bool { !isEverything && manifests.isEmpty }

    /// Objects of one of `kinds`, whose manifests hold `text` (the name they are looked up by)
    /// when it is given and reads the same in every manifest that writes it.
    public static func objects(ofKinds kinds: Set<String>, mentioning text: String? = nil) -> ContextNeed {
        ContextNeed(manifests: [Manifests(kinds: kinds, text: text.flatMap { isWrittenAsItReads($0) ? $0 : nil })])
    }

    /// Objects of any kind whose manifests hold `text`; every object when the text could be
    /// written otherwise.
    public static func objects(mentioning text: String) -> ContextNeed {
        isWrittenAsItReads(text) ? ContextNeed(manifests: [Manifests(kinds: nil, text: text)]) : .everything
    }

    /// Objects that may run pods (`KubernetesObject.podSpecs`): the kinds that carry a pod spec
    /// wherever its containers are, and any object with `containers`, which is how a custom
    /// resource's pod spec is told.
    public static let podRunners = objects(ofKinds: KubernetesObject.workloadKinds.union(["Pod", "PodTemplate", "CronJob"]))
        .union(objects(mentioning: "containers"))

    /// What this need or `other` takes in.
    public func union(_ other: ContextNeed) -> ContextNeed {
        isEverything || other.isEverything ? .everything : ContextNeed(manifests: manifests.union(other.manifests))
    }

    public mutating func formUnion(_ other: ContextNeed) {
        self = union(other)
    }

    /// Whether a scalar with this value is written with these very characters wherever it is
    /// written without escapes: YAML folds a scalar over lines into spaces, and doubles a
    /// single quote inside single quotes.
    static func isWrittenAsItReads(_ text: String) -> Bool {
        !text.contains { $0.isWhitespace || $0 == "'" || $0 == "\"" || $0 == "\\" }
    }
}
