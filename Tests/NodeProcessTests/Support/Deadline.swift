/// Runs `operation`, failing with `TestFailure` when it takes longer than `limit` (a watch that never
/// reports must fail the test, not hang it).
func withDeadline<Value: Sendable>(
    _ limit: Duration,
    _ what: String,
    _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw TestFailure("\(what) took longer than \(limit)")
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw TestFailure("\(what) produced nothing") }
        return first
    }
}

/// Asks `probe` every `interval` until it answers, failing with `TestFailure` after `timeout`.
/// - Parameters:
///   - what: what is awaited, for the failure message.
///   - timeout: how long to keep asking.
///   - interval: the pause between two asks.
///   - probe: returns the awaited value, or nil while it is not there yet.
/// - Returns: the first value `probe` returned.
func poll<Value>(
    _ what: String,
    timeout: Duration,
    every interval: Duration = .seconds(1),
    _ probe: () async throws -> Value?
) async throws -> Value {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if let value = try await probe() { return value }
        try await Task.sleep(for: interval)
    }
    throw TestFailure("waited \(timeout) for \(what)")
}
