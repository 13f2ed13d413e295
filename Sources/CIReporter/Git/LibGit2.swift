import CLibGit2

/// The libgit2 library itself: started once per process, before any repository is opened.
enum LibGit2 {
    /// `git_libgit2_init` counts its callers; one call kept for the life of the process is enough.
    /// Objects are read as git reads them, without hashing each one again to check it: a diff
    /// reads every blob of a tree for its context, and the hashing was 40% of that.
    static let initialized: Bool = {
        let started = git_libgit2_init() > 0
        _ = ci_reporter_skip_object_hash_verification()
        return started
    }()

    /// The linked libgit2's version, as `1.5.1`.
    static var version: String {
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        git_libgit2_version(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }
}
