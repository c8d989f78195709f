import MerkleTrie
import Messaging
import PalletComputation
import PalletMessageQueue
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing
import Tokenomics

/// The chain's heartbeat challenge at the end of every block and the governance switches around it
/// (phala-facts.md §3.2, §3.4; computation.rs `on_finalize`, `heartbeat_challenge`, `pow_target`).
@Suite struct HeartbeatChallengeTests {
    typealias World = ComputationWorld

    /// The outbound messages of the last committed block.
    static func committedMessages(_ world: TestRuntime) throws -> [Message] {
        var state = Overlay(base: world.headState)
        return try MessageQueue.Storage.outboundMessages.value(in: &state)
            .filter { $0.sender == .pallet(Computation.name) }
    }

    static func challenge(seed: U256, target: U256) -> Message {
        World.message(SystemEvent.heartbeatChallenge(seed: seed, onlineTarget: target), on: .systemEvent)
    }

    @Test func noChallengeIsSentWhileHeartbeatsArePausedAsTheyAreAtGenesis() throws {
        var world = try World.computing()
        #expect(try Computation.Storage.heartbeatPaused.value(in: &world.block.state))
        try world.produceBlock([])
        #expect(
            try Self.committedMessages(world).allSatisfy { message in
                (try? SystemEvent(scaleDecoding: message.payload)).map { event in
                    if case .heartbeatChallenge = event { false } else { true }
                } ?? true
            }
        )
    }

    @Test func anUnpausedChainChallengesWithTheParentHashSeedAndThePowTarget() throws {
        var world = try World.computing()
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.computation(.setHeartbeatPaused(paused: false)), as: .signed(DevAccount.alice.id))
        }
        try world.dispatch(.computation(.setHeartbeatPaused(paused: false)), as: .root)
        let parent = world.head.hash
        try world.produceBlock([])
        let digest = H256.blake2_256(of: Array("PhalaPoW".utf8) + parent.raw.bytes)
        let seed = try #require(U256(bigEndian: digest.raw.bytes))
        // One online worker at Phala's 12 s: frac = ⌊(2 / 300) · 2²⁴⌋ = 111848 in U32F32.
        let target = HeartbeatChallenge.onlineTarget(expectedHeartbeats: 20, onlineWorkers: 1, blockTimeSeconds: 12)
        #expect(
            HeartbeatChallenge.targetFraction(expectedHeartbeats: 20, onlineWorkers: 1, blockTimeSeconds: 12) == 111_848
        )
        #expect(try Self.committedMessages(world).last == Self.challenge(seed: seed, target: target))
    }

    /// computation.rs `test_heartbeat_challenge`: 20 online workers at 12 s give Phala's pinned target.
    @Test func twentyOnlineWorkersGetPhalasPinnedTarget() throws {
        let world = try World.build()
        var state = world.block.state
        Computation.Storage.heartbeatPaused.set(false, in: &state)
        Computation.Storage.onlineWorkers.set(20, in: &state)
        try world.runtime.computation.onFinalize(1, in: &state)
        let outbound = try MessageQueue.Storage.outboundMessages.value(in: &state)
        guard
            case .heartbeatChallenge(_, let target) = try SystemEvent(
                scaleDecoding: try #require(outbound.last).payload
            )
        else {
            Issue.record("the last message is not a challenge")
            return
        }
        #expect(target.description == "771946525395830978497002573683960742805751636319313395421818009383503547160")
    }

    /// The development spec's 180 s makes one worker's chance per block 2 / (3600 / 180) = 0.1.
    @Test func theDevelopmentRateChallengesOneWorkerAboutEveryTenBlocks() throws {
        let spec = try ChainSpec.development()
        #expect(spec.genesis.computation?.expectedBlockTimeSec == 180)
        #expect(spec.genesis.computation?.heartbeatPaused == false)
        let fraction = try #require(
            HeartbeatChallenge.targetFraction(expectedHeartbeats: 20, onlineWorkers: 1, blockTimeSeconds: 180)
        )
        #expect(fraction == 1_677_721)  // ⌊0.1 · 2²⁴⌋ after U32F32 truncation
    }

    @Test func forceHeartbeatChallengesEveryoneAtOnce() throws {
        var world = try World.build()
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.computation(.forceHeartbeat), as: .signed(DevAccount.alice.id))
        }
        try world.dispatch(.computation(.forceHeartbeat), as: .root)
        #expect(try World.published(&world) == [Self.challenge(seed: .zero, target: .max)])
    }

    @Test func scheduledTokenomicParametersTakeEffectAtTheEndOfTheBlockAndReachTheGatekeepers() throws {
        var world = try World.build()
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.computation(.updateTokenomic(newParams: .khala)), as: .signed(DevAccount.alice.id))
        }
        try world.dispatch(.computation(.updateTokenomic(newParams: .khala)), as: .root)
        #expect(try Computation.Storage.tokenomicParameters.get(in: &world.block.state) == .test)
        try world.produceBlock([])
        var state = Overlay(base: world.headState)
        #expect(try Computation.Storage.tokenomicParameters.get(in: &state) == .khala)
        #expect(try Computation.Storage.scheduledTokenomicUpdate.get(in: &state) == nil)
        #expect(
            try Self.committedMessages(world)
                == [World.message(GatekeeperEvent.tokenomicParametersChanged(.khala), on: .gatekeeperEvent)]
        )
        #expect(try world.headEvents().map(\.event).contains(.computation(.tokenomicParametersChanged)))
    }
}
