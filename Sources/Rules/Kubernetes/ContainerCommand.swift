import Foundation
import YAML

/// A container's `command` followed by its `args`, split into words that remember the YAML
/// scalar they came from, so a finding can point at the very list item holding a flag.
///
/// A shell wrapper (`sh -c "exec kube-apiserver --flag=x"`) is looked into: the script is split
/// into words that all point at the script's scalar.
public struct ContainerCommand: Sendable {
    public struct Word: Sendable {
        public let text: String
        /// The scalar this word was read from.
        public let node: Node
    }

    /// One occurrence of a `--flag`, in any of the forms `--flag=value`, `--flag value`, `--flag`.
    public struct Flag: Sendable {
        public let name: String
        /// nil for a bare `--flag`.
        public let value: String?
        /// The scalar holding the flag's name.
        public let node: Node
    }

    public let words: [Word]

    public init(command: Node?, args: Node?) {
        var words: [Word] = []
        for node in (command?.items ?? []) + (args?.items ?? []) {
            guard let text = node.scalar else { continue }
            words.append(Word(text: text, node: node))
        }
        // `sh -c SCRIPT`: the script's words stand in for the shell's.
        if let first = words.first, Self.shells.contains(Self.basename(first.text)),
           let dashC = words.firstIndex(where: { $0.text == "-c" }), dashC + 1 < words.count {
            let script = words[dashC + 1]
            words = Self.shellWords(script.text).map { Word(text: $0, node: script.node) } + words[(dashC + 2)...]
        }
        self.words = words
    }

    public init(words: [Word]) {
        self.words = words
    }

    static let shells: Set<String> = ["sh", "bash", "ash", "dash", "zsh", "busybox"]

    /// Words that end one shell command and start another.
    static let separators: Set<String> = ["&&", "||", ";", "|", "&"]

    static func basename(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    /// Splits a shell script on blanks, keeping quoted text together and reading `;`, `&&`, `||`
    /// and `|` as separate words. Enough for the one-line wrappers manifests use, not a shell.
    static func shellWords(_ script: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        var characters = Array(script)[...]
        while let c = characters.popFirst() {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                inWord = true
            case "\\":
                if let next = characters.popFirst(), next != "\n" { current.append(next); inWord = true }
            case " ", "\t", "\n", "\r":
                if inWord { words.append(current); current = ""; inWord = false }
            case ";", "&", "|":
                if inWord { words.append(current); current = ""; inWord = false }
                if (c == "&" || c == "|"), characters.first == c {
                    characters.removeFirst()
                    words.append(String([c, c]))
                } else {
                    words.append(String(c))
                }
            default:
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// The words of the command that runs `component`, starting after its name: nil when this
    /// command line does not run it. `component` is matched by name or path (`kube-apiserver`,
    /// `/usr/local/bin/kube-apiserver`) or as a hyperkube subcommand (`hyperkube apiserver`,
    /// `hyperkube kube-apiserver`). A flag or an assignment is never taken for the program, so
    /// `--root-dir=/var/lib/kubelet` does not make a container a kubelet.
    public func arguments(of component: String) -> ArraySlice<Word>? {
        let shortName = component.hasPrefix("kube-") ? String(component.dropFirst(5)) : component
        for (index, word) in words.enumerated() {
            guard !word.text.hasPrefix("-"), !word.text.contains("=") else { continue }
            var start: Int?
            let name = Self.basename(word.text)
            if name == component {
                start = index + 1
            } else if name == "hyperkube", index + 1 < words.count,
                      [component, shortName].contains(words[index + 1].text) {
                start = index + 2
            }
            guard let start else { continue }
            let end = words[start...].firstIndex { Self.separators.contains($0.text) } ?? words.endIndex
            return words[start ..< end]
        }
        return nil
    }

    /// Whether this command line runs `component` (see `arguments(of:)`).
    public func invokes(_ component: String) -> Bool {
        arguments(of: component) != nil
    }

    /// Every `--flag` among `words`, in order.
    public static func flags(in words: ArraySlice<Word>) -> [Flag] {
        var flags: [Flag] = []
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            guard word.text.hasPrefix("--"), word.text.count > 2 else { continue }
            if let equals = word.text.firstIndex(of: "=") {
                let name = String(word.text[..<equals])
                let value = String(word.text[word.text.index(after: equals)...])
                flags.append(Flag(name: name, value: value, node: word.node))
            } else if index < words.endIndex, !words[index].text.hasPrefix("-") {
                flags.append(Flag(name: word.text, value: words[index].text, node: word.node))
                index += 1
            } else {
                flags.append(Flag(name: word.text, value: nil, node: word.node))
            }
        }
        return flags
    }
}

/// The command line of one control-plane component, found in a container: its flags and the
/// container they belong to.
public struct ComponentInvocation: Sendable {
    public let component: String
    public let container: Container
    public let flags: [ContainerCommand.Flag]

    /// Every occurrence of `name`, in order.
    public func occurrences(of name: String) -> [ContainerCommand.Flag] {
        flags.filter { $0.name == name }
    }

    /// The flag as the component reads it: the last occurrence wins.
    public func flag(_ name: String) -> ContainerCommand.Flag? {
        flags.last { $0.name == name }
    }

    /// The flag's value, or nil when the flag is absent; a bare `--flag` reads as `true`.
    public func value(of name: String) -> String? {
        flag(name).map { $0.value ?? "true" }
    }

    /// Whether the flag is there with a value that is not empty.
    public func isSet(_ name: String) -> Bool {
        guard let flag = flag(name) else { return false }
        return flag.value.map { !$0.isEmpty } ?? false
    }

    /// The items of a list-valued flag (`--enable-admission-plugins=A,B`), over every occurrence.
    public func listValue(of name: String) -> [String] {
        occurrences(of: name).flatMap { ($0.value ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    }
}

extension Container {
    /// This container's command line as `component` sees it, or nil when it does not run it.
    public func invocation(of component: String) -> ComponentInvocation? {
        guard let arguments = commandLine.arguments(of: component) else { return nil }
        return ComponentInvocation(component: component, container: self, flags: ContainerCommand.flags(in: arguments))
    }
}

extension KubernetesObject {
    /// Every container of this object (init containers too) that runs `component`.
    public func invocations(of component: String) -> [ComponentInvocation] {
        guard let memo else { return containers().compactMap { $0.invocation(of: component) } }
        return memo.invocations(of: component) { unmemoized.containers().compactMap { $0.invocation(of: component) } }
    }
}
