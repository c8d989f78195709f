/// What block processing needs from the CPU benchmark: its running count, and switching it on and off
/// (Phala's `WorkerStateMachineCallback` bench calls). `BenchmarkCounter` is the real one; tests count
/// by hand so iteration numbers are exact.
protocol IterationCounting: Sendable {
    /// Iterations counted so far.
    var iterations: UInt64 { get }
    /// Starts counting, unless counting already.
    func resume()
    /// Stops counting.
    func pause()
}

extension BenchmarkCounter: IterationCounting {}
