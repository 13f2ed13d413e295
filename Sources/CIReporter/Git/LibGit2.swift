import CLibGit2

/// The libgit2 library itself: started once per process, before any repository is opened.
enum LibGit2 {
    /// `git_libgit2_init` counts its callers; one call kept for the life of the process is enough.
    static let initialized: Bool = git_libgit2_init() > 0

    /// The linked libgit2's version, as `1.5.1`.
    static var version: String {
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        git_libgit2_version(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }
}
