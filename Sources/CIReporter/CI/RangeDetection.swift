import Foundation

/// Finds what a `diff` without `--base` should compare, from the CI system's environment or,
/// outside CI, from the repository's default branch.
public enum RangeDetection {
    public struct Detected: Sendable {
        public let target: ChangeTarget
        /// Says where the range came from, for the log.
        public let reason: String
    }

    static let zeroSHA = String(repeating: "0", count: 40)
    public static let defaultBranchCandidates = ["origin/HEAD", "origin/main", "origin/master", "main", "master"]

    public static func detect(environment: [String: String], repository: Repository) throws -> Detected {
        if environment["GITHUB_ACTIONS"] == "true", let event = environment["GITHUB_EVENT_NAME"] {
            let payload = environment["GITHUB_EVENT_PATH"].flatMap(readJSON) ?? [:]
            switch event {
            case "pull_request", "pull_request_target":
                return try pullRequest(payload, repository: repository)
            case "push":
                if let detected = try push(payload, repository: repository) { return detected }
            default:
                break
            }
        }
        if let base = environment["CI_MERGE_REQUEST_DIFF_BASE_SHA"], !base.isEmpty {
            let head = environment["CI_COMMIT_SHA"].flatMap { $0.isEmpty ? nil : $0 } ?? "HEAD"
            return Detected(target: .range(base: base, head: head, fromMergeBase: false),
                            reason: "GitLab merge request: CI_MERGE_REQUEST_DIFF_BASE_SHA..CI_COMMIT_SHA")
        }
        return try defaultBranch(repository: repository, head: "HEAD", why: "no --base given")
    }

    private static func pullRequest(_ payload: [String: Any], repository: Repository) throws -> Detected {
        let pull = payload["pull_request"] as? [String: Any]
        let baseSHA = (pull?["base"] as? [String: Any])?["sha"] as? String
        let headSHA = (pull?["head"] as? [String: Any])?["sha"] as? String
        // actions/checkout checks out the merge commit refs/pull/N/merge: its first parent is
        // the base branch, and comparing the two needs no more history than depth 2.
        if let head = try? repository.commit("HEAD"), head.parentCount == 2,
           let second = try? head.parent(1), headSHA == nil || second.id.hex == headSHA || !repository.hasCommit(headSHA!) {
            let first = try head.parent(0)
            return Detected(target: .range(base: first.id.hex, head: head.id.hex, fromMergeBase: false),
                            reason: "GitHub pull request: the merge commit \(head.id.short) against its first parent \(first.id.short)")
        }
        guard let baseSHA else {
            throw GitError("the pull_request event names no base commit", hint: "pass --base explicitly")
        }
        let head = headSHA.flatMap { repository.hasCommit($0) ? $0 : nil } ?? "HEAD"
        return Detected(target: .range(base: baseSHA, head: head, fromMergeBase: true),
                        reason: "GitHub pull request: the merge base of \(baseSHA.prefix(7)) and \(head.prefix(7))")
    }

    private static func push(_ payload: [String: Any], repository: Repository) throws -> Detected? {
        guard let after = payload["after"] as? String else { return nil }
        let before = payload["before"] as? String ?? zeroSHA
        if before == zeroSHA {
            return try defaultBranch(repository: repository, head: after, why: "GitHub push of a new branch")
        }
        return Detected(target: .range(base: before, head: after, fromMergeBase: false),
                        reason: "GitHub push: before..after")
    }

    private static func defaultBranch(repository: Repository, head: String, why: String) throws -> Detected {
        for candidate in defaultBranchCandidates where repository.hasCommit(candidate) {
            return Detected(target: .range(base: candidate, head: head, fromMergeBase: true),
                            reason: "\(why): comparing with the merge base of \(candidate) and \(head)")
        }
        throw GitError("\(why), and none of \(defaultBranchCandidates.joined(separator: ", ")) exists here",
                       hint: "pass --base BRANCH (or a range such as main...HEAD)")
    }

    private static func readJSON(_ path: String) -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
