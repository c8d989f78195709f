import EnclaveAPI
import Foundation
import PhalaPrimitives
import PhalaTesting
import Testing
import WorkerRuntime

/// A restarted enclave keeps its identity and resumes from its last sealed checkpoint instead of
/// replaying from genesis; a checkpoint it cannot open is ignored, never trusted.
@Suite struct PRuntimeCheckpointTests {
    @Test func aRestartResumesFromTheLastCheckpointWithTheSameIdentity() async throws {
        var harness = try EnclaveHarness.make(blocks: 25, checkpointInterval: 10)
        defer { harness.cleanUp() }
        let first = try await harness.initialize()
        try await harness.catchUp()
        #expect(try await harness.client.status().checkpointNumber == 25)

        try harness.restart(checkpointInterval: 10)
        let resumed = try await harness.initialize()
        #expect(resumed.publicKey == first.publicKey)
        #expect(resumed.resumedFromCheckpoint)
        #expect(resumed.finalizedNumber == 25 && resumed.dispatchedNumber == 25 && resumed.checkpointProblem == nil)

        for _ in 0..<3 { try harness.chain.extend() }
        try await harness.catchUp()
        #expect(try await harness.client.status().dispatchedNumber == 28)
    }

    @Test func blocksAfterTheLastCheckpointAreVerifiedAgainAfterARestart() async throws {
        var harness = try EnclaveHarness.make(blocks: 14, checkpointInterval: 10)
        defer { harness.cleanUp() }
        try await harness.initialize()
        _ = try await harness.client.syncHeaders(harness.batch(1...10))
        _ = try await harness.client.dispatchBlocks(try (1...10).map(harness.changes(of:)))
        _ = try await harness.client.syncHeaders(harness.batch(11...14))
        _ = try await harness.client.dispatchBlocks(try (11...14).map(harness.changes(of:)))
        #expect(try await harness.client.status().checkpointNumber == 10)

        try harness.restart(checkpointInterval: 10)
        let resumed = try await harness.initialize()
        #expect(resumed.finalizedNumber == 10)
        try await harness.catchUp()
        #expect(try await harness.client.status().dispatchedNumber == 14)
    }

    @Test func aTamperedCheckpointIsIgnoredAndTheEnclaveStartsAtGenesis() async throws {
        var harness = try EnclaveHarness.make(blocks: 10, checkpointInterval: 5)
        defer { harness.cleanUp() }
        let first = try await harness.initialize()
        try await harness.catchUp()
        let path = harness.directory + "/checkpoint.seal"
        var sealed = try #require(FileManager.default.contents(atPath: path))
        sealed[sealed.count - 1] ^= 0x01
        try sealed.write(to: URL(fileURLWithPath: path))

        try harness.restart(checkpointInterval: 5)
        let resumed = try await harness.initialize()
        #expect(resumed.publicKey == first.publicKey)
        #expect(!resumed.resumedFromCheckpoint && resumed.finalizedNumber == 0)
        #expect(resumed.checkpointProblem?.contains("checkpoint.seal does not open") == true)
    }

    @Test func anotherChainsGenesisIsRefusedOnceTheEnclaveIsPinned() async throws {
        let harness = try EnclaveHarness.make(blocks: 1)
        defer { harness.cleanUp() }
        try await harness.initialize()
        var request = try harness.initRequest()
        request.genesis.extrinsicsRoot = .zero
        request.genesis.parentHash = harness.chain.genesis.hash
        await #expect(throws: EnclaveError.self) { try await harness.client.initialize(request) }
    }
}
