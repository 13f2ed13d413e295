/// The directories an operating system keeps its programs, libraries, configuration, devices,
/// kernel interfaces and state in, on the node and inside a container image.
public enum OSDirectory {
    /// Top-level directories of a Linux node that belong to its operating system: a `hostPath`
    /// into any of them (or `/` itself) hands the node's own files to a pod.
    public static let host: [String] = [
        "/bin", "/boot", "/cdrom", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32",
        "/media", "/proc", "/root", "/run", "/sbin", "/selinux", "/srv", "/sys", "/usr", "/var",
    ]

    /// Whether a normalized host path is `/` or lies in one of the node's OS directories,
    /// component by component (`/etc/nginx` does, `/etcd` does not).
    public static func isHostOSPath(_ path: String) -> Bool {
        path == "/" || host.contains { HostPath.path(path, isIn: $0) }
    }

    /// Inside a container, the directories whose contents the container's programs trust and
    /// run: a writable volume mounted there or below replaces them with whatever was written
    /// into the volume.
    static let containerTrees: [String] = [
        "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc",
        "/sbin", "/selinux", "/sys",
        "/usr/bin", "/usr/lib", "/usr/lib32", "/usr/lib64", "/usr/libexec", "/usr/sbin",
        "/usr/local/bin", "/usr/local/lib", "/usr/local/sbin",
    ]

    /// Directories that are only sensitive as a whole: mounting a volume over one hides
    /// everything the image put there, while their subdirectories commonly hold application
    /// data (`/var/lib/postgresql`, `/usr/share/nginx/html`, `/home/app`) or an application's
    /// runtime files (`/run/haproxy`, `/var/run/argocd`).
    static let containerRoots: Set<String> = [
        "/", "/home", "/root", "/media", "/cdrom", "/srv", "/usr", "/usr/local", "/var", "/run", "/var/run",
    ]

    /// Where pods write by design: shared memory is a tmpfs meant to be written.
    static let containerExceptions: [String] = ["/dev/shm"]

    /// Whether a normalized mount path inside a container is one of its OS directories.
    public static func isContainerOSPath(_ path: String) -> Bool {
        if containerExceptions.contains(where: { HostPath.path(path, isIn: $0) }) { return false }
        return containerRoots.contains(path) || containerTrees.contains { HostPath.path(path, isIn: $0) }
    }
}
