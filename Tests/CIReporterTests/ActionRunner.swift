import Foundation
import YAML

/// Runs a composite action's steps the way a GitHub runner would: `run:` steps with bash and the
/// runner's environment files, `uses:` steps recorded with their evaluated inputs (not run), `if:`
/// conditions and `${{ }}` expressions evaluated from `inputs`, `steps`, `github` and `runner`.
/// Enough of the runner for our own action.yml, read with our own YAML loader.
final class ActionRunner {
    struct Step {
        let id: String?
        let name: String
        let condition: String?
        let run: String?
        let uses: String?
        let with: [(String, String)]
        let env: [(String, String)]
    }

    struct StepResult {
        let name: String
        /// nil when the step was skipped.
        var status: Int32?
        var stdout = ""
        var stderr = ""
        var with: [String: String] = [:]
    }

    let actionPath: URL
    let workspace: URL
    let inputs: [String: String]
    let outputDeclarations: [(String, String)]
    let steps: [Step]
    let declaredInputs: [String]
    var stepOutputs: [String: [String: String]] = [:]
    var results: [StepResult] = []
    /// Outputs `uses:` steps are taken to give, by action name (e.g. a warm cache).
    var simulatedOutputs: [String: [String: String]] = [:]

    init(actionPath: URL, workspace: URL, inputs given: [String: String]) throws {
        self.actionPath = actionPath
        self.workspace = workspace
        let tree = YAMLLoader().load(path: "action.yml", bytes: try [UInt8](Data(contentsOf: actionPath.appendingPathComponent("action.yml"))))
        guard tree.diagnostics.isEmpty, let root = tree.documents.first else {
            throw TestFailure("action.yml does not load: \(tree.diagnostics)")
        }
        var inputs: [String: String] = [:]
        var declared: [String] = []
        for (key, value) in root["inputs"]?.pairs ?? [] {
            let name = key.scalar ?? ""
            declared.append(name)
            inputs[name] = value["default"]?.scalar ?? ""
        }
        for (name, value) in given {
            guard inputs[name] != nil else { throw TestFailure("input '\(name)' is not declared by action.yml") }
            inputs[name] = value
        }
        self.inputs = inputs
        declaredInputs = declared
        outputDeclarations = (root["outputs"]?.pairs ?? []).map { ($0.key.scalar ?? "", $0.value["value"]?.scalar ?? "") }
        steps = (root["runs"]?["steps"]?.items ?? []).map { step in
            Step(id: step["id"]?.scalar, name: step["name"]?.scalar ?? "", condition: step["if"]?.scalar,
                 run: step["run"]?.scalar, uses: step["uses"]?.scalar,
                 with: (step["with"]?.pairs ?? []).map { ($0.key.scalar ?? "", $0.value.scalar ?? "") },
                 env: (step["env"]?.pairs ?? []).map { ($0.key.scalar ?? "", $0.value.scalar ?? "") })
        }
    }

    /// Runs every step with `environment` (the runner's variables) and returns the action's outputs.
    func run(environment base: [String: String]) throws -> [String: String] {
        var failed = false
        for step in steps {
            var result = StepResult(name: step.name)
            let condition = step.condition ?? "success()"
            guard truthy(try evaluate(condition, failed: failed)) else {
                results.append(result)
                continue
            }
            if let uses = step.uses {
                for (key, value) in step.with { result.with[key] = try interpolate(value, failed: failed) }
                let action = String(uses.split(separator: "@").first ?? "")
                if let id = step.id { stepOutputs[id] = simulatedOutputs[action] ?? [:] }
                result.status = 0
            } else if let script = step.run {
                let outputFile = workspace.appendingPathComponent(".runner-output-\(results.count)")
                _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
                var environment = base
                environment["GITHUB_OUTPUT"] = outputFile.path
                environment["GITHUB_ACTION_PATH"] = actionPath.path
                for (key, value) in step.env { environment[key] = try interpolate(value, failed: failed) }
                let process = try runProcess("/bin/bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                                             in: workspace, environment: environment)
                result.status = process.status
                result.stdout = process.stdout
                result.stderr = process.stderr
                if let id = step.id { stepOutputs[id] = try Self.readOutputs(outputFile) }
                if process.status != 0 { failed = true }
            }
            results.append(result)
        }
        var outputs: [String: String] = [:]
        for (name, expression) in outputDeclarations { outputs[name] = try interpolate(expression, failed: failed) }
        return outputs
    }

    /// `name=value` lines, and `name<<DELIMITER` blocks, as the runner reads `$GITHUB_OUTPUT`.
    static func readOutputs(_ file: URL) throws -> [String: String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        var outputs: [String: String] = [:]
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            if let range = line.range(of: "<<"), !line.contains("=") {
                let name = String(line[..<range.lowerBound]), delimiter = String(line[range.upperBound...])
                var value: [Substring] = []
                while let next = lines.popFirst(), next != delimiter { value.append(next) }
                outputs[name] = value.joined(separator: "\n")
            } else if let equals = line.firstIndex(of: "=") {
                outputs[String(line[..<equals])] = String(line[line.index(after: equals)...])
            }
        }
        return outputs
    }

    // MARK: Expressions

    func interpolate(_ text: String, failed: Bool) throws -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "${{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { throw TestFailure("unclosed ${{ in \(text)") }
            out += try evaluate(String(rest[open.upperBound ..< close.lowerBound]), failed: failed)
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private func truthy(_ value: String) -> Bool { !(value.isEmpty || value == "false" || value == "0") }

    /// `a || b`, `a && b`, `a == 'x'`, `a != 'x'`, `always()`, `success()`, `failure()`, context
    /// lookups and string literals; values are strings, as in the runner's comparisons.
    func evaluate(_ expression: String, failed: Bool) throws -> String {
        let text = expression.trimmingCharacters(in: .whitespaces)
        for (symbol, combine) in [("||", { (a: Bool, b: Bool) in a || b }), ("&&", { (a: Bool, b: Bool) in a && b })] {
            let parts = text.components(separatedBy: symbol)
            if parts.count > 1 {
                let values = try parts.map { truthy(try evaluate($0, failed: failed)) }
                return values.dropFirst().reduce(values[0], combine) ? "true" : "false"
            }
        }
        for (symbol, equal) in [("!=", false), ("==", true)] {
            if let range = text.range(of: symbol) {
                let left = try evaluate(String(text[..<range.lowerBound]), failed: failed)
                let right = try evaluate(String(text[range.upperBound...]), failed: failed)
                return (left == right) == equal ? "true" : "false"
            }
        }
        switch text {
        case "always()": return "true"
        case "success()": return failed ? "false" : "true"
        case "failure()": return failed ? "true" : "false"
        default: break
        }
        if text.hasPrefix("'"), text.hasSuffix("'"), text.count >= 2 { return String(text.dropFirst().dropLast()) }
        let path = text.split(separator: ".").map(String.init)
        switch path.first {
        case "inputs" where path.count == 2:
            guard let value = inputs[path[1]] else { throw TestFailure("inputs.\(path[1]) is not declared") }
            return value
        case "steps" where path.count == 4 && path[2] == "outputs":
            return stepOutputs[path[1]]?[path[3]] ?? ""
        case "github" where path == ["github", "action_path"]:
            return actionPath.path
        case "runner" where path == ["runner", "os"]:
            return "Linux"
        default:
            throw TestFailure("the simulated runner cannot evaluate '\(text)'")
        }
    }
}
