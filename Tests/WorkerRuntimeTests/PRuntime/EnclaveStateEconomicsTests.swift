import EnclaveAPI
import Messaging
import PhalaPrimitives
import SCALE
import Testing
import Tokenomics

@testable import WorkerRuntime

/// Every enclave replays the gatekeeper's computing economics from the same messages; active
/// gatekeepers with the master key on chain send byte-identical reports on `^phala/mining/update`, and
/// the replay survives a checkpoint bit for bit.
@Suite struct EnclaveStateEconomicsTests {
    static let firstWorker = FixedBytes<32>(repeating: 1)
    static let secondWorker = FixedBytes<32>(repeating: 2)

    static func masterKeys() -> GatekeeperKeys {
        var random = SeededRandomSource(seed: 9)
        return GatekeeperKeys(generatingFirstKey: &random)
    }

    static func heartbeat(_ pubkey: FixedBytes<32>, session: UInt32, challenge: UInt32, iterations: UInt64) -> Message {
        ChainMessage.heartbeat(
            pubkey,
            .heartbeatV2(
                sessionID: session,
                challengeBlock: challenge,
                challengeTime: ComputingWorld.timestamp(challenge),
                iterations: iterations,
                clusters: 0,
                contracts: 0
            )
        )
    }

    /// Two workers start; the first answers its challenge, the second misses its own and goes offline
    /// at block 16, answers late in block 17 and recovers; the first stops in block 18. The world with
    /// seed 10 also computes itself (never challenged), so its own session is part of the state too.
    static let script: [UInt32: [Message]] = {
        let own = ComputingWorld.publicKey(seed: 10)
        return [
            1: [
                ChainMessage.worker(firstWorker, .registered(confidenceLevel: 1)),
                ChainMessage.worker(secondWorker, .registered(confidenceLevel: 1)),
                ChainMessage.worker(own, .registered(confidenceLevel: 4)),
            ],
            2: [
                ChainMessage.started(firstWorker, session: 1), ChainMessage.started(secondWorker, session: 2),
                ChainMessage.started(own, session: 3),
            ],
            3: [ChainMessage.challenge(for: firstWorker)],
            4: [heartbeat(firstWorker, session: 1, challenge: 3, iterations: 5_000)],
            5: [ChainMessage.challenge(for: secondWorker)],
            17: [heartbeat(secondWorker, session: 2, challenge: 5, iterations: 9_000)],
            18: [ChainMessage.worker(firstWorker, .stopped)],
        ]
    }()

    static func run(_ world: inout ComputingWorld, through last: UInt32) throws {
        for number in 1...last { try world.block(number, script[number] ?? []) }
    }

    @Test func twoGatekeepersFedTheSameBlocksSendByteIdenticalReports() throws {
        let keys = Self.masterKeys()
        let listed = [ComputingWorld.publicKey(seed: 10), ComputingWorld.publicKey(seed: 11)]
        var first = try ComputingWorld(seed: 10, masterKeys: keys, gatekeepers: listed)
        var second = try ComputingWorld(seed: 11, masterKeys: keys, gatekeepers: listed)
        var silent = try ComputingWorld(seed: 12, masterKeys: keys, gatekeepers: listed)
        var worker = try ComputingWorld(seed: 13)
        try Self.run(&first, through: 18)
        try Self.run(&second, through: 18)
        try Self.run(&silent, through: 18)
        try Self.run(&worker, through: 18)

        #expect(first.reports.map(\.message) == second.reports.map(\.message))
        #expect(first.reports.map(\.sequence) == [0, 1, 2, 3])
        #expect(
            first.reports.allSatisfy { $0.message.destination == .miningUpdate && $0.message.sender == .gatekeeper }
        )
        #expect(silent.reports.isEmpty && worker.state.egress.nextSequence(of: .gatekeeper) == nil)
        for other in [second, silent, worker] {
            #expect(other.state.economics.scaleEncoded() == first.state.economics.scaleEncoded())
        }

        let events = try first.reports.map { try WorkingInfoUpdateEvent(scaleDecoding: $0.message.payload) }
        #expect(events.map(\.blockNumber) == [4, 16, 17, 18])
        #expect(events[0].settle.map(\.pubkey) == [Self.firstWorker] && events[0].settle[0].payout > 0)
        #expect(events[1].offline == [Self.secondWorker] && events[1].settle.isEmpty)
        #expect(events[2].recoveredToOnline == [Self.secondWorker] && events[2].settle.isEmpty)
        #expect(events[3].settle.map(\.pubkey) == [Self.firstWorker] && events[3].settle[0].payout == 0)
    }

    @Test func noReportLeavesBeforeTheMasterKeyIsOnChain() throws {
        let keys = Self.masterKeys()
        var gatekeeper = try ComputingWorld(
            seed: 10,
            masterKeys: keys,
            gatekeepers: [ComputingWorld.publicKey(seed: 10)]
        )
        gatekeeper.state.chainMasterKey = nil
        try Self.run(&gatekeeper, through: 4)
        #expect(gatekeeper.reports.isEmpty)
        #expect(gatekeeper.state.economics.worker(Self.firstWorker)?.waitingHeartbeats == [])
    }

    @Test func aHeartbeatForAChallengeNotOwedIsRefusedAndTheBlockGoesOn() throws {
        var refusing = try ComputingWorld(seed: 13)
        var reference = try ComputingWorld(seed: 13)
        try Self.run(&refusing, through: 3)
        try Self.run(&reference, through: 3)
        let handled = try refusing.block(4, [Self.heartbeat(Self.firstWorker, session: 1, challenge: 2, iterations: 5)])
        try reference.block(4)
        #expect(handled == 0)
        #expect(refusing.state.economics == reference.state.economics)
        #expect(refusing.state.economics.worker(Self.firstWorker)?.waitingHeartbeats == [3])
        #expect(try refusing.block(5, [Self.heartbeat(Self.firstWorker, session: 1, challenge: 3, iterations: 5)]) == 1)
    }

    @Test func tokenomicParametersFollowChangesFromAPalletOnly() throws {
        var world = try ComputingWorld(seed: 13)
        let change = [1] + TokenomicParameters.khala.scaleEncoded()
        let fromWorker = Message(sender: .worker(Self.firstWorker), destination: .gatekeeperEvent, payload: change)
        let randomNumber = Message(
            sender: .pallet("PhalaComputation"),
            destination: .gatekeeperEvent,
            payload: [0] + [UInt8](repeating: 0, count: 68)
        )
        #expect(try world.block(1, [fromWorker, randomNumber]) == 0)
        #expect(world.state.tokenomicParameters == .test)
        let fromPallet = Message(sender: .pallet("PhalaComputation"), destination: .gatekeeperEvent, payload: change)
        #expect(try world.block(2, [fromPallet]) == 1)
        #expect(world.state.tokenomicParameters == .khala)
    }

    @Test func aCheckpointRestoresTheReplayAndTheSessionBitForBit() throws {
        let keys = Self.masterKeys()
        var original = try ComputingWorld(seed: 10, masterKeys: keys, gatekeepers: [ComputingWorld.publicKey(seed: 10)])
        try Self.run(&original, through: 17)
        let payload = original.state.checkpointPayload
        var restored = original
        restored.state = try EnclaveState.restoring(payload, identity: original.identity)
        #expect(restored.state.checkpointPayload == payload)
        #expect(restored.state.economics == original.state.economics)
        #expect(restored.state.computing == original.state.computing && restored.state.computing?.sessionID == 3)
        #expect(restored.state.tokenomicParameters == original.state.tokenomicParameters)

        try original.block(18, Self.script[18] ?? [])
        try restored.block(18, Self.script[18] ?? [])
        #expect(restored.state.economics.scaleEncoded() == original.state.economics.scaleEncoded())
        #expect(restored.reports.map(\.message) == original.reports.map(\.message))
    }
}
