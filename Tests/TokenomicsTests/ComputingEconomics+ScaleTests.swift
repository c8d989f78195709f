import PhalaPrimitives
import SCALE
import Testing
import Tokenomics

/// The replay's SCALE form (what the enclave seals in its checkpoint) restores every field, so a
/// restored gatekeeper continues bit for bit, and bytes no replay could have written are refused.
@Suite struct ComputingEconomicsScaleTests {
    /// The §10 worker after a paid heartbeat, with a second worker registered but never started, and
    /// the second worker owing a challenge.
    static func populated() throws -> ComputingEconomics {
        var gatekeeper = try ComputingEconomics.singleWorker(initialV: U64F64(3000), initialScore: 1000)
        _ = try gatekeeper.challengeThenHeartbeat(iterations: 12_000) { _ in }
        try gatekeeper.beginBlock(number: gatekeeper.blockNumber + 1, timestampMs: 1_000_000)
        gatekeeper.workerRegistered(pubkey: ComputingEconomics.secondWorker, confidenceLevel: 5)
        gatekeeper.workerStarted(
            pubkey: ComputingEconomics.secondWorker,
            sessionID: 2,
            initialV: U64F64(10),
            initialP: 50
        )
        gatekeeper.workerEnteredUnresponsive(pubkey: ComputingEconomics.secondWorker)
        gatekeeper.challenge(seed: ComputingEconomics.hashedID(of: ComputingEconomics.firstWorker), onlineTarget: .zero)
        return gatekeeper
    }

    @Test func aPopulatedReplayRoundTripsToEqualStateAndBytes() throws {
        let gatekeeper = try Self.populated()
        let bytes = gatekeeper.scaleEncoded()
        let restored = try ComputingEconomics(scaleDecoding: bytes)
        #expect(restored == gatekeeper)
        #expect(restored.scaleEncoded() == bytes)
        #expect(restored.worker(ComputingEconomics.secondWorker)?.workingState == .paused)
        #expect(restored.worker(ComputingEconomics.firstWorker)?.waitingHeartbeats.count == 1)
    }

    @Test func aRestoredReplayContinuesWithTheSameReports() throws {
        var original = try Self.populated()
        var restored = try ComputingEconomics(scaleDecoding: original.scaleEncoded())
        let first = try original.endBlock(params: .test)
        let second = try restored.endBlock(params: .test)
        #expect(first == second)
        #expect(original == restored)
    }

    @Test func workersOutOfOrderOrAnUnknownWorkingStateAreRefused() throws {
        let gatekeeper = try Self.populated()
        var encoder = ScaleEncoder()
        encoder.encode(tuple: gatekeeper.blockNumber, gatekeeper.timestampMs, gatekeeper.sumShare, [SettleInfo]())
        encoder.encode(Array(gatekeeper.workers.reversed()))
        #expect(throws: ScaleDecodingError.self) { try ComputingEconomics(scaleDecoding: encoder.bytes) }

        var worker = try #require(gatekeeper.worker(ComputingEconomics.firstWorker)).scaleEncoded()
        // pubkey 32, level 1, Some(economics) 1 + 11 fields, Some(session) 1 + 4, then the state's tag.
        let economicsSize = try #require(gatekeeper.worker(ComputingEconomics.firstWorker)?.economics).scaleEncoded()
            .count
        let stateOffset = 32 + 1 + 1 + economicsSize + 1 + 4
        #expect(worker[stateOffset] == 1 && worker[stateOffset + 1] == 0)
        worker[stateOffset + 1] = 2
        #expect(throws: ScaleDecodingError.self) { try ComputingWorker(scaleDecoding: worker) }
    }
}
