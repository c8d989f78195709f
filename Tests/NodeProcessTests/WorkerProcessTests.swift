import Foundation
import PhalaTesting
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue 4's process-level acceptance: `phala dev` brings up a gatekeeper and a compute worker by
/// itself, and a separate `phala worker` process registers, survives SIGKILL with its identity, and
/// resumes from its sealed checkpoint instead of replaying from genesis.
@Suite struct WorkerProcessTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workers.py").path

    /// The 30 s run from the moment `phala dev` serves RPC: on a loaded 2-core CI machine, spawning the
    /// debug binary alone has taken longer than that while other suites ran, which says nothing about the
    /// network. The spawn time is printed beside the result.
    @Test func phalaDevRegistersAGatekeeperItsMasterKeyAndAScoredWorkerWithinThirtySeconds() async throws {
        let interpreter = try PythonReference.interpreter()
        let spawned = ContinuousClock.now
        let node = try await NodeProcess.start(["dev", "--tmp", "--rpc-port", "0"])
        defer { node.kill() }
        let startup = ContinuousClock.now - spawned
        let run = try ScriptRun(interpreter: interpreter, arguments: [Self.script, node.webSocketURL, "30"])
        let result = try await run.wait(timeout: .seconds(90))
        #expect(
            result.status == 0,
            "workers.py exited with \(result.status) (phala dev took \(startup) to serve RPC):\n\(result.output)\n\(node.diagnostics)"
        )
    }

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
