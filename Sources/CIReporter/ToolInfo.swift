import CYaml

/// What ci-reporter says about itself in `--version` and in reports.
public enum ToolInfo {
    public static let name = "ci-reporter"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/ci-reporter/ci-reporter"

    /// `ci-reporter 0.1.0 (libgit2 1.5.1, libyaml 0.2.5)`.
    public static var versionLine: String {
        "\(name) \(version) (libgit2 \(LibGit2.version), libyaml \(String(cString: yaml_get_version_string())))"
    }
}
