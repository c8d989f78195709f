import PhalaPrimitives
import Tokenomics

/// The §10 scenario's driving steps (gk.rs `check_tokenomic_numerics`): blocks 12 s apart
/// (`block_ts(n) = n·12000`), the test parameters, a worker whose challenges are forced by using its
/// own hashed id as the seed and a zero target.
extension ComputingEconomics {
    static let firstWorker = FixedBytes<32>(repeating: 1)
    static let secondWorker = FixedBytes<32>(repeating: 2)

    static func timestamp(_ block: UInt32) -> UInt64 { UInt64(block) * 12000 }

    /// Registered with confidence 2 in block 1, started at block 2 (t = 24 s) in session 1.
    static func singleWorker(initialV: U64F64, initialScore: UInt32) throws -> ComputingEconomics {
        var gatekeeper = ComputingEconomics()
        try gatekeeper.beginBlock(number: 1, timestampMs: timestamp(1))
        gatekeeper.workerRegistered(pubkey: firstWorker, confidenceLevel: 2)
        _ = try gatekeeper.endBlock(params: .test)
        try gatekeeper.beginBlock(number: 2, timestampMs: timestamp(2))
        gatekeeper.workerStarted(pubkey: firstWorker, sessionID: 1, initialV: initialV, initialP: initialScore)
        _ = try gatekeeper.endBlock(params: .test)
        return gatekeeper
    }

    /// `count` more blocks with no messages.
    mutating func idleBlocks(_ count: Int) throws {
        for _ in 0..<count {
            try beginBlock(number: blockNumber + 1, timestampMs: Self.timestamp(blockNumber + 1))
            _ = try endBlock(params: .test)
        }
    }

    /// The next block challenges the first worker; the block after carries its heartbeat. Returns
    /// the heartbeat block's single settlement.
    mutating func challengeThenHeartbeat(
        iterations: UInt64,
        checkBeforeHeartbeat: (ComputingEconomics) -> Void
    ) throws -> SettleInfo {
        let challengeBlock = blockNumber + 1
        try beginBlock(number: challengeBlock, timestampMs: Self.timestamp(challengeBlock))
        challenge(seed: Self.hashedID(of: Self.firstWorker), onlineTarget: .zero)
        _ = try endBlock(params: .test)
        checkBeforeHeartbeat(self)
        try beginBlock(number: challengeBlock + 1, timestampMs: Self.timestamp(challengeBlock + 1))
        let report = WorkingReportEvent.heartbeatV2(
            sessionID: 1,
            challengeBlock: challengeBlock,
            challengeTime: Self.timestamp(challengeBlock),
            iterations: iterations,
            clusters: 0,
            contracts: 0
        )
        try heartbeat(pubkey: Self.firstWorker, report: report, params: .test)
        let event = try endBlock(params: .test)
        guard let event, event.settle.count == 1 else { throw FixtureError.noSingleSettlement }
        return event.settle[0]
    }
}

enum FixtureError: Error { case noSingleSettlement }
