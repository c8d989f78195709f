import Foundation
import Synchronization

/// The worker's CPU benchmark (phala-facts.md §1.4): a background thread that, while running, repeats a
/// fixed work unit (an 8,388,608-step loop, Phala's `count_prime(65536 × 128)`) and counts iterations.
///
/// The chain turns `iterations / elapsed seconds × 6` into the initial performance score P. The count is
/// the one non-deterministic input of the enclave, and only the worker's own report carries it.
final class BenchmarkCounter: Sendable {
    /// Steps in one work unit.
    static let stepsPerIteration: UInt64 = 65_536 * 128
    /// Work units done since the counter was made.
    private let completed = Atomic<UInt64>(0)
    /// Whether the thread should keep working.
    private let running = Atomic<Bool>(false)

    /// Iterations so far.
    var iterations: UInt64 { completed.load(ordering: .relaxed) }

    /// Starts the benchmark thread unless it runs already.
    func resume() {
        guard running.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        else { return }
        let thread = Thread { [self] in
            while running.load(ordering: .relaxed) {
                Self.workUnit()
                completed.add(1, ordering: .relaxed)
            }
        }
        thread.name = "phala-benchmark"
        thread.start()
    }

    /// Lets the thread finish its current unit and stop.
    func pause() {
        running.store(false, ordering: .relaxed)
    }

    /// One unit of work the optimizer cannot remove. A `while` loop over locals, so that even a debug
    /// build runs it at native speed (a `for … in` range is a generic iterator call per step at -Onone).
    private static func workUnit() {
        var accumulator: UInt64 = 0
        var step: UInt64 = 0
        while step < stepsPerIteration {
            accumulator = accumulator &* 6_364_136_223_846_793_005 &+ step
            step &+= 1
        }
        blackHole(accumulator)
    }

    /// Keeps a value alive so the loop computing it is not optimized away.
    @inline(never)
    private static func blackHole(_ value: UInt64) {
        withExtendedLifetime(value) {}
    }
}
