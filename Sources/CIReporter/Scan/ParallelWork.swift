import Dispatch
import Foundation

/// Runs independent pieces of work on up to `jobs` threads and gives their results back in
/// the order of their indexes, so that what follows does not depend on how many threads ran or
/// which finished first.
enum ParallelWork {
    /// The number of threads a scan uses unless told otherwise: the cores that are active.
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(0) … body(count - 1)`, each run once, in index order in the result. With one job
    /// (or one piece of work) everything runs on the calling thread. Each worker takes the next
    /// index when it is done with one, so a large file holds up one worker, not a share of the
    /// files.
    static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let workers = min(max(1, jobs), count)
        guard workers > 1 else { return (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() {
                slots.store(body(index), at: index)
            }
        }
        return slots.results()
    }

    /// `body` over contiguous runs of `items`, one run per thread and no more runs than
    /// `minimumRun` items allow beyond the first, joined in the order of `items`: for work where
    /// each run sets up something of its own (a repository handle, a cache of folders). With one
    /// run, `body` sees every item, on the calling thread.
    static func mapRuns<Item: Sendable, Output: Sendable>(_ items: [Item], jobs: Int, minimumRun: Int,
                                                         _ body: @Sendable (ArraySlice<Item>) throws -> [Output]) rethrows -> [Output] {
        let runs = min(max(1, jobs), items.count / minimumRun + 1)
        guard runs > 1 else { return try body(items[...]) }
        let length = (items.count + runs - 1) / runs
        let outputs = map(runs, jobs: runs) { run in
            Result { try body(items[run * length ..< min(items.count, (run + 1) * length)]) }
        }
        return try outputs.flatMap { try $0.get() }
    }

    /// Drops `value` on another thread: freeing a large structure (every tree of a scan) takes
    /// one thread a while, and the caller has better things to do. The caller must hold no other
    /// reference for the freeing to happen there.
    static func releaseInBackground<T: Sendable>(_ value: consuming T) {
        let value = consume value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }

    /// The shared state of one `map`: the next index to hand out and a slot per result.
    ///
    /// `@unchecked Sendable` is sound here because every read and write of `next` and `values`
    /// happens while `lock` is held; workers touch nothing else of it. The lock is taken twice
    /// per piece of work (a file), which costs nothing next to loading or judging one.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private let count: Int
        private var next = 0
        private var values: [T?]

        init(count: Int) {
            self.count = count
            values = Array(repeating: nil, count: count)
        }

        /// The next index no worker has taken, or nil when all are taken.
        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }

        func store(_ value: T, at index: Int) {
            lock.lock()
            defer { lock.unlock() }
            values[index] = value
        }

        /// Every result, in index order; called once every worker has returned.
        func results() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return values.map { $0! }
        }
    }
}

/// Counts finished pieces of work across threads and reports each new count in order.
final class ProgressCounter: @unchecked Sendable {
    // `@unchecked Sendable`: `done` is only read and written while `lock` is held, and the
    // callback is itself `@Sendable`; it is called under the lock so that counts arrive in order.
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let progress: ScanProgress?

    init(total: Int, progress: ScanProgress?) {
        self.total = total
        self.progress = progress
    }

    func finishedOne() {
        guard let progress else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        progress(done, total)
    }
}
