import Foundation

extension VersionControl {
    /// What a repository says of itself, with what the CI system says preferred where it knows
    /// better: GitHub Actions names the web address and the branch of a detached checkout.
    public init(repository: Repository, revision: String?, environment: [String: String]) {
        var url = repository.remoteURL().map(Self.webURL)
        if let server = environment["GITHUB_SERVER_URL"], let name = environment["GITHUB_REPOSITORY"], !server.isEmpty, !name.isEmpty {
            url = "\(server)/\(name)"
        } else if let project = environment["CI_PROJECT_URL"], !project.isEmpty {
            url = project
        }
        let branch = repository.currentBranch
            ?? [environment["GITHUB_HEAD_REF"], environment["GITHUB_REF_NAME"], environment["CI_COMMIT_REF_NAME"]]
                .compactMap { $0 }.first { !$0.isEmpty }
        self.init(repositoryURL: url, revision: revision, branch: branch)
    }

    /// A remote URL as a web address: `git@github.com:o/r.git` → `https://github.com/o/r`.
    static func webURL(_ remote: String) -> String {
        var url = remote
        if url.hasSuffix(".git") { url.removeLast(4) }
        if let match = url.wholeMatch(of: /git@([^:]+):(.+)/) {
            url = "https://\(match.1)/\(match.2)"
        } else if let match = url.wholeMatch(of: /ssh:\/\/(?:[^@\/]+@)?([^\/:]+)(?::\d+)?\/(.+)/) {
            url = "https://\(match.1)/\(match.2)"
        } else if let match = url.wholeMatch(of: /(https?:\/\/)[^@\/]+@(.+)/) {
            url = "\(match.1)\(match.2)"  // drop credentials
        }
        return url
    }
}
