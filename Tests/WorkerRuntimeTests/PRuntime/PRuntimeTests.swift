import Foundation
import Testing

@testable import WorkerRuntime

/// The runtime's own lifetime.
@Suite struct PRuntimeTests {
    @Test func releasingTheRuntimeStopsItsBenchmarkThread() async throws {
        let directory = NSTemporaryDirectory() + "pruntime-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var runtime: PRuntime? = try PRuntime(configuration: .init(dataDirectory: directory))
        let counter = try #require(await runtime?.benchmark)
        counter.resume()
        try await Task.sleep(for: .milliseconds(100))
        runtime = nil
        // The thread finishes the unit it is in, then counts no more.
        let stopped = counter.iterations
        try await Task.sleep(for: .milliseconds(500))
        #expect(counter.iterations <= stopped + 1)
    }
}
