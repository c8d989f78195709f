import EnclaveAPI
import Messaging
import PhalaPrimitives
import SCALE
import Testing
import Tokenomics

@testable import WorkerRuntime

/// A worker follows its own session and answers exactly the challenges that select it; every enclave
/// replays the gatekeeper's economics identically, and active gatekeepers report it. Driven through
/// `EnclaveState.process`, the step `dispatch` takes after verifying a block, because the dev chain
/// does not emit `Started` or challenges yet.
@Suite struct EnclaveStateComputingTests {
    /// A registered worker computing in session 7, started in block 2 with the counter at `startCount`.
    static func computingWorker(startCount: UInt64 = 0) throws -> ComputingWorld {
        var world = try ComputingWorld(seed: 1)
        try world.block(1, [ChainMessage.worker(world.me, .registered(confidenceLevel: 1))])
        world.counter.set(startCount)
        try world.block(2, [ChainMessage.started(world.me, session: 7)])
        return world
    }

    @Test func aWorkerAnswersExactlyTheChallengesItsHashedIDMatches() throws {
        var world = try Self.computingWorker()
        let me = world.me
        let five = U256(limbs: [5, 0, 0, 0])
        let four = U256(limbs: [4, 0, 0, 0])
        try world.block(3, [ChainMessage.challenge(for: me)])  // XOR 0 ≤ 0
        try world.block(4, [ChainMessage.challenge(for: me, distance: U256(limbs: [1, 0, 0, 0]))])  // 1 > 0
        try world.block(5, [ChainMessage.challenge(for: me, distance: five, target: five)])  // 5 ≤ 5
        try world.block(6, [ChainMessage.challenge(for: me, distance: five, target: four)])  // 5 > 4
        try world.block(7, [ChainMessage.challenge(for: me, distance: U256(limbs: [0, 0, 0, 1 << 63]), target: .max)])
        #expect(try world.heartbeats.map(\.challengeBlock) == [3, 5, 7])
        #expect(try world.heartbeats.allSatisfy { $0.sessionID == 7 })
        #expect(world.state.heartbeatsSent == 3 && world.state.lastChallengeBlock == 7)
        #expect(try world.heartbeats.map(\.challengeTime) == [3, 5, 7].map(ComputingWorld.timestamp))
    }

    @Test func anUnregisteredOrIdleWorkerAnswersNothing() throws {
        var world = try ComputingWorld(seed: 1)
        try world.block(1, [ChainMessage.challenge(for: world.me, target: .max)])
        try world.block(2, [ChainMessage.worker(world.me, .registered(confidenceLevel: 1))])
        try world.block(3, [ChainMessage.challenge(for: world.me, target: .max)])
        #expect(try world.heartbeats.isEmpty && world.state.heartbeatsSent == 0)
    }

    @Test func aPausedWorkerDoesNotAnswerUntilItExitsUnresponsive() throws {
        var world = try Self.computingWorker()
        let me = world.me
        try world.block(3, [ChainMessage.worker(me, .enterUnresponsive), ChainMessage.challenge(for: me)])
        #expect(world.state.computingStatus(of: me).state == .paused)
        try world.block(4, [ChainMessage.challenge(for: me)])
        try world.block(5, [ChainMessage.worker(me, .exitUnresponsive)])
        try world.block(6, [ChainMessage.challenge(for: me)])
        try world.block(7, [ChainMessage.worker(me, .stopped)])
        try world.block(8, [ChainMessage.challenge(for: me)])
        #expect(try world.heartbeats.map(\.challengeBlock) == [6])
        #expect(world.state.computingStatus(of: me).state == .none)
        #expect(!world.counter.isRunning)
    }

    @Test func heartbeatsCountTheIterationsSinceTheSessionStarted() throws {
        var world = try Self.computingWorker(startCount: 1_000)
        #expect(world.counter.isRunning)
        world.counter.set(1_750)
        try world.block(3, [ChainMessage.challenge(for: world.me)])
        world.counter.set(40)  // the process restarted: the counter began again
        try world.block(4, [ChainMessage.challenge(for: world.me)])
        try world.block(5, [ChainMessage.started(world.me, session: 8)])
        world.counter.set(100)
        try world.block(6, [ChainMessage.challenge(for: world.me)])
        #expect(
            try world.heartbeats == [
                .heartbeatV2(
                    sessionID: 7,
                    challengeBlock: 3,
                    challengeTime: ComputingWorld.timestamp(3),
                    iterations: 750,
                    clusters: 0,
                    contracts: 0
                ),
                .heartbeatV2(
                    sessionID: 7,
                    challengeBlock: 4,
                    challengeTime: ComputingWorld.timestamp(4),
                    iterations: 40,
                    clusters: 0,
                    contracts: 0
                ),
                .heartbeatV2(
                    sessionID: 8,
                    challengeBlock: 6,
                    challengeTime: ComputingWorld.timestamp(6),
                    iterations: 60,
                    clusters: 0,
                    contracts: 0
                ),
            ]
        )
    }

    @Test func theStatusReportsTheSessionAndTheReplaysViewOfIt() throws {
        var world = try Self.computingWorker()
        try world.block(3, [ChainMessage.challenge(for: world.me)])
        let owed = world.state.computingStatus(of: world.me)
        #expect(
            owed.state == .computing && owed.sessionID == 7 && owed.heartbeatsSent == 1 && owed.lastChallengeBlock == 3
        )
        // V grew by two idle steps (blocks 2 and 3) from Ve = 3000; P is still the initial score.
        #expect(try #require(owed.v) > U64F64(3000) && owed.pInstant == U64F64(1000))
        #expect(owed.owedHeartbeats == 1 && !owed.unresponsive)
        let heartbeat = try #require(try world.heartbeats.first)
        try world.block(4, [ChainMessage.heartbeat(world.me, heartbeat)])
        #expect(world.state.computingStatus(of: world.me).owedHeartbeats == 0)
    }
}
