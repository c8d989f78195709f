import Foundation
import PhalaTesting
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue 4's process-level acceptance: a separate `phala worker` process registers, survives SIGKILL
/// with its identity, and resumes from its sealed checkpoint instead of replaying from genesis (the
/// timed `phala dev` start-up is `DevStartupTests`).
@Suite struct WorkerProcessTests {
    @Test func aKilledWorkerKeepsItsIdentityAndResumesFromItsCheckpoint() async throws {
        let node = try await NodeProcess.development(blockTime: "0.25")
        defer { node.kill() }
        let url = node.webSocketURL
        let ticker = Task { await BlockTicker.run(url: url) }
        defer { ticker.cancel() }
        let directory = NSTemporaryDirectory() + "phala-worker-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let arguments = [
            "worker", "--node", node.webSocketURL, "--operator", "//Dave", "--base-path", directory, "--tee", "software",
            "--http-port", "0", "--checkpoint-interval", "10",
        ]
        let first = try await NodeProcess.start(arguments, announcement: "Worker HTTP API listening on ")
        defer { first.kill() }
        let registered = try await WorkerInfo.poll(first, timeout: .seconds(120)) { info in
            info.registered && info.checkpointNumber >= 20
        }
        first.kill()
        try await Task.sleep(for: .seconds(2))

        let restarted = try await NodeProcess.start(arguments, announcement: "Worker HTTP API listening on ")
        defer { restarted.kill() }
        let resumed = try await WorkerInfo.poll(restarted, timeout: .seconds(120)) { info in
            // Caught up, and the counters read in one quiet moment (the chain keeps growing meanwhile).
            info.dispatchedNumber >= registered.dispatchedNumber && info.dispatchedNumber == info.finalizedNumber
                && info.blocksVerifiedSinceStart == info.finalizedNumber - info.startBlock
        }
        #expect(resumed.publicKey == registered.publicKey)
        #expect(resumed.resumedFromCheckpoint)
        #expect(resumed.startBlock >= registered.checkpointNumber && resumed.startBlock > 0)
        #expect(resumed.blocksVerifiedSinceStart < resumed.finalizedNumber, "the restarted worker replayed from genesis")
    }
}

/// The fields of a worker's `GET /info` the restart test reads.
struct WorkerInfo: Decodable {
    let publicKey: String
    let registered: Bool
    let finalizedNumber: Int
    let dispatchedNumber: Int
    let checkpointNumber: Int
    let resumedFromCheckpoint: Bool
    let startBlock: Int
    let blocksVerifiedSinceStart: Int

    /// Polls `GET /info` until `condition` holds.
    static func poll(
        _ worker: NodeProcess,
        timeout: Duration,
        until condition: (WorkerInfo) -> Bool
    ) async throws -> WorkerInfo {
        let deadline = ContinuousClock.now + timeout
        var last: String = "no answer"
        while ContinuousClock.now < deadline {
            if let url = URL(string: worker.url + "/info"), let (data, _) = try? await URLSession.shared.data(from: url) {
                last = String(decoding: data, as: UTF8.self)
                if let info = try? JSONDecoder().decode(WorkerInfo.self, from: data), condition(info) { return info }
            }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw NodeProcess.StartFailure(description: "the worker never got there; last /info: \(last)\n\(worker.diagnostics)")
    }
}
