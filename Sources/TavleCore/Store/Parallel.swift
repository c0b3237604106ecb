import Foundation

/// Work on every core (at most 8) for the few places that handle every youth at once: a first
/// open reads and parses each youth file and writes each one's index line (issue 29).
enum Parallel {
    /// `body(i)` for each `i` in `0..<count`, results in order; fewer than `minimum` items run in turn.
    /// A test's read counter (`FileIO.readCounter`, task-local) is carried to the worker threads.
    static func map<T>(_ count: Int, minimum: Int = 64, _ body: @Sendable (Int) -> T) -> [T] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        guard count >= minimum, workers > 1 else { return (0..<count).map(body) }
        var out = [T?](repeating: nil, count: count)
        let counter = FileIO.readCounter   // task-locals do not reach the worker threads by themselves
        out.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own slots (every `workers`-th), so no two touch the same one.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                FileIO.$readCounter.withValue(counter) {
                    for i in stride(from: w, to: count, by: workers) { slots[i] = body(i) }
                }
            }
        }
        return out.map { $0! }
    }
}
