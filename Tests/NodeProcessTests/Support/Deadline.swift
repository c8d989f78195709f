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
