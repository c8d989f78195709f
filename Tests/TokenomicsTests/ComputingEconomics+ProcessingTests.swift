import PhalaPrimitives
import Testing
import Tokenomics

/// A block step that overflows leaves the gatekeeper exactly as it was, even after earlier workers
/// were already processed in that step (`beginBlock`, `endBlock`; phala-facts.md §3.5).
@Suite struct ComputingEconomicsProcessingTests {
    let first = ComputingEconomics.firstWorker
    let second = ComputingEconomics.secondWorker

    /// The test parameters without the V cap, so a huge V stays huge.
    var uncapped: TokenomicParameters {
        var params = TokenomicParameters.test
        params.vMax = .max
        return params
    }

    func heartbeat(challengeBlock: UInt32) -> WorkingReportEvent {
        .heartbeatV2(
            sessionID: 1,
            challengeBlock: challengeBlock,
            challengeTime: ComputingEconomics.timestamp(challengeBlock),
            iterations: 1000,
            clusters: 0,
            contracts: 0
        )
    }

    @Test func anOverflowingShareInBeginBlockKeepsTheHeartbeatFlagsAlreadyCleared() throws {
        var gatekeeper = ComputingEconomics()
        try gatekeeper.beginBlock(number: 1, timestampMs: ComputingEconomics.timestamp(1))
        gatekeeper.workerRegistered(pubkey: first, confidenceLevel: 2)
        gatekeeper.workerRegistered(pubkey: second, confidenceLevel: 2)
        gatekeeper.workerStarted(pubkey: first, sessionID: 1, initialV: U64F64(1000), initialP: 100)
        gatekeeper.challenge(seed: ComputingEconomics.hashedID(of: first), onlineTarget: .zero)
        _ = try gatekeeper.endBlock(params: uncapped)
        try gatekeeper.beginBlock(number: 2, timestampMs: ComputingEconomics.timestamp(2))
        try gatekeeper.heartbeat(pubkey: first, report: heartbeat(challengeBlock: 1), params: uncapped)
        // V = 2⁴⁰: its square does not fit in U64F64, so the next block's share of it overflows.
        gatekeeper.workerStarted(pubkey: second, sessionID: 1, initialV: U64F64(1 << 40), initialP: 100)
        _ = try gatekeeper.endBlock(params: uncapped)
        #expect(gatekeeper.worker(first)?.heartbeatFlag == true)
        let before = gatekeeper
        #expect(throws: ComputingEconomicsError.arithmetic(.overflow)) {
            try gatekeeper.beginBlock(number: 3, timestampMs: ComputingEconomics.timestamp(3))
        }
        #expect(gatekeeper == before)
    }

    @Test func anOverflowingIdleStepInEndBlockUndoesTheWorkersBeforeIt() throws {
        var gatekeeper = ComputingEconomics()
        try gatekeeper.beginBlock(number: 1, timestampMs: ComputingEconomics.timestamp(1))
        gatekeeper.workerRegistered(pubkey: first, confidenceLevel: 2)
        gatekeeper.workerRegistered(pubkey: second, confidenceLevel: 2)
        gatekeeper.workerStarted(pubkey: first, sessionID: 1, initialV: U64F64(1000), initialP: 100)
        gatekeeper.challenge(seed: ComputingEconomics.hashedID(of: first), onlineTarget: .zero)
        _ = try gatekeeper.endBlock(params: uncapped)
        for number in UInt32(2)...11 {
            try gatekeeper.beginBlock(number: number, timestampMs: ComputingEconomics.timestamp(number))
            _ = try gatekeeper.endBlock(params: uncapped)
        }
        // Block 12 would declare the first worker offline and slash it, but the second worker's V
        // (just below 2⁶⁴) overflows when it grows.
        try gatekeeper.beginBlock(number: 12, timestampMs: ComputingEconomics.timestamp(12))
        gatekeeper.workerStarted(pubkey: second, sessionID: 1, initialV: U64F64(bits: .max - 1), initialP: 100)
        let before = gatekeeper
        #expect(throws: ComputingEconomicsError.arithmetic(.overflow)) { try gatekeeper.endBlock(params: uncapped) }
        #expect(gatekeeper == before)
        #expect(gatekeeper.worker(first)?.unresponsive == false)
    }
}
