import YAML

/// A check the kubelet runs against a container while it runs.
public enum ProbeKind: String, Sendable, CaseIterable {
    /// Restarts the container when it fails.
    case liveness = "livenessProbe"
    /// Takes the pod out of its Services' endpoints when it fails.
    case readiness = "readinessProbe"
    /// Holds the other probes back until the container has started.
    case startup = "startupProbe"

    /// The container field that sets it.
    public var field: String { rawValue }
}

extension Container {
    /// The container's probe of this kind; nil when it has none (or `null`).
    public func probe(_ kind: ProbeKind) -> Node? {
        guard let probe = node[kind.field], !probe.isNull else { return nil }
        return probe
    }

    /// Whether this is a sidecar: an init container with `restartPolicy: Always`, which keeps
    /// running beside the app's containers and may have liveness and readiness probes.
    public var isSidecar: Bool {
        kind == .initContainer && node["restartPolicy"]?.scalar == "Always"
    }

    /// Whether the container runs for as long as its pod serves: a regular container or a
    /// sidecar. Other init containers run once, before the rest, and take no probes.
    public var servesForPodLifetime: Bool {
        kind == .regular || isSidecar
    }
}

extension PodSpec {
    /// Whether the pod is meant to finish rather than serve: a Job's or CronJob's pod, or any
    /// pod whose `restartPolicy` is `Never` or `OnFailure`.
    public var runsToCompletion: Bool {
        if object.kind == "Job" || object.kind == "CronJob" { return true }
        switch node["restartPolicy"]?.scalar {
        case "Never", "OnFailure": return true
        default: return false
        }
    }
}
