import MerkleTrie
import Messaging
import PalletBalances
import PalletComputation
import PalletMessageQueue
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing
import Tokenomics

/// The gatekeepers' reports on `^phala/mining/update` and the workers' heartbeats on
/// `phala/mining/report` (phala-facts.md §3.1 table, §3.6; computation.rs `on_gk_message_received`,
/// `try_handle_settle`, `on_working_message_received`).
@Suite struct SettlementTests {
    typealias World = ComputationWorld
    static let error = World.error
    static let treasury = Computation.Configuration.phalaTreasuryAccount
    /// 10 PHA paid and 2.5 PHA for the treasury, as U64F64 bits.
    static let payout: UInt128 = 10 << 64
    static let treasuryCut: UInt128 = 5 << 63

    static func report(
        at timestampMs: UInt64,
        offline: [FixedBytes<32>] = [],
        recovered: [FixedBytes<32>] = [],
        settle: [SettleInfo] = [],
        from sender: MessageOrigin = .gatekeeper
    ) -> Message {
        let event = WorkingInfoUpdateEvent(
            blockNumber: 1,
            timestampMs: timestampMs,
            offline: offline,
            recoveredToOnline: recovered,
            settle: settle
        )
        return Message(sender: sender, destination: .miningUpdate, payload: event.scaleEncoded())
    }

    static func settlement(v: UInt128 = 5_000 << 64) -> SettleInfo {
        SettleInfo(pubkey: World.worker, v: v, payout: payout, treasury: treasuryCut)
    }

    static func free(_ account: AccountId32, _ world: inout TestRuntime) throws -> Balance {
        try world.runtime.balances.freeBalance(of: account, in: &world.block.state)
    }

    @Test func onlyTheGatekeepersReportAndOnlyDecodableReportsCount() throws {
        var world = try World.computing()
        try world.expectNoop(Self.error(.badSender)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.handleComputation(
                Self.report(at: 2_000_000, offline: [World.worker], from: .worker(World.worker))
            )
        }
        try world.expectNoop(Self.error(.invalidMessage)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.handleComputation(Message(sender: .gatekeeper, destination: .miningUpdate, payload: [1]))
        }
    }

    @Test func offlineAndRecoveredWorkersSwitchStateAndAreTold() throws {
        var world = try World.computing()
        try world.handleComputation(Self.report(at: 2_000_000, offline: [World.worker, World.unknownWorker]))
        #expect(try world.session()?.state == .workerUnresponsive)
        #expect(try World.events(&world).last == .workerEnterUnresponsive(session: World.session))
        #expect(
            try World.published(&world).last
                == World.message(
                    SystemEvent.workerEvent(pubkey: World.worker, event: .enterUnresponsive),
                    on: .systemEvent
                )
        )
        #expect(try Computation.Storage.onlineWorkers.value(in: &world.block.state) == 1)
        try world.handleComputation(Self.report(at: 2_000_000, recovered: [World.worker]))
        #expect(try world.session()?.state == .workerIdle)
        #expect(try World.events(&world).last == .workerExitUnresponsive(session: World.session))
        #expect(
            try World.published(&world).last
                == World.message(
                    SystemEvent.workerEvent(pubkey: World.worker, event: .exitUnresponsive),
                    on: .systemEvent
                )
        )
        // A worker that does not compute is skipped.
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.stopComputing(session: World.session, in: &state)
        }
        let before = try world.block.state.committed().root
        try world.handleComputation(Self.report(at: 2_000_000, offline: [World.worker]))
        #expect(try world.block.state.committed().root == before)
    }

    @Test func aSettlementUpdatesVAndPaysTheTreasuryFromTheSubsidyPool() throws {
        var world = try World.computing()
        let pool = try Self.free(Computation.subsidyPoolAccount, &world)
        #expect(pool == .pha(1_000_000))
        let issuance = try world.totalIssuance()
        try world.handleComputation(Self.report(at: 1_001_000, settle: [Self.settlement()]))
        let record = try #require(try world.session())
        #expect(record.v == 5_000 << 64 && record.vUpdatedAt == 1_000)
        #expect(record.totalReward == Balance.pha(10).planck)
        let cut = Balance(planck: 2_500_000_000_000)
        #expect(try Self.free(Self.treasury, &world) == cut)
        #expect(try Self.free(Computation.subsidyPoolAccount, &world) == Balance(planck: pool.planck - cut.planck))
        #expect(try world.totalIssuance() == issuance)
        #expect(
            try World.events(&world).last
                == .sessionSettled(session: World.session, vBits: 5_000 << 64, payoutBits: Self.payout)
        )
    }

    @Test func aLateSettlementIsDroppedWithoutTouchingVOrTheTreasury() throws {
        var world = try World.computing()
        let record = try world.session()
        // Emitted at 1000 s, not after the session's V update at 1000 s.
        try world.handleComputation(Self.report(at: 1_000_999, settle: [Self.settlement()]))
        #expect(try world.session() == record)
        #expect(try Self.free(Self.treasury, &world) == .zero)
        #expect(
            try World.events(&world).last
                == .sessionSettlementDropped(session: World.session, v: 5_000 << 64, payout: Self.payout)
        )
    }

    @Test func aSettlementTheSubsidyPoolCannotPayIsReportedAndRolledBack() throws {
        var world = try World.build(settings: .init(tokenomicProfile: "test", coolDownPeriod: 10))
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.bind(session: World.session, worker: World.worker, in: &state)
            try pallet.startComputing(session: World.session, stake: World.stake, in: &state)
        }
        let record = try world.session()
        try world.handleComputation(Self.report(at: 1_001_000, settle: [Self.settlement()]))
        #expect(try world.session() == record)
        #expect(try World.events(&world).last == .internalErrorWorkerSettleFailed(worker: World.worker))
    }

    @Test func theObserverSeesEverySettlementIncludingDroppedOnes() throws {
        var world = try World.computing()
        let pallet = RecordingObserver.computation(of: world.runtime)
        let settle = [Self.settlement(), SettleInfo(pubkey: World.unknownWorker, v: 1, payout: 2, treasury: 0)]
        try pallet.handle(Self.report(at: 1_000_500, settle: settle), in: &world.block.state)
        let recorded = try #require(try world.block.state.value(forKey: RecordingObserver.settledKey))
        #expect(try [SettleInfo](scaleDecoding: recorded) == settle)
        #expect(
            try World.events(&world).last
                == .sessionSettlementDropped(session: World.session, v: 5_000 << 64, payout: Self.payout)
        )
    }

    @Test func theObserverHearsAForcedUnbinding() throws {
        var world = try World.computing()
        let pallet = RecordingObserver.computation(of: world.runtime)
        try pallet.unbind(session: World.session, notify: true, in: &world.block.state)
        let recorded = try #require(try world.block.state.value(forKey: RecordingObserver.unboundKey))
        #expect(recorded == World.worker.scaleEncoded() + true.scaleEncoded())
    }

    @Test func heartbeatsUpdateTheInformationalBenchmarkAndStaleOnesAreSkipped() throws {
        var world = try World.computing()
        func heartbeat(_ iterations: UInt64, challengeTimeMs: UInt64, from worker: FixedBytes<32> = World.worker)
            -> Message
        {
            let report = WorkingReportEvent.heartbeatV2(
                sessionID: 0,
                challengeBlock: 1,
                challengeTime: challengeTimeMs,
                iterations: iterations,
                clusters: 0,
                contracts: 0
            )
            return Message(sender: .worker(worker), destination: .miningReport, payload: report.scaleEncoded())
        }
        // Bound at 1000 s with no challenge yet: 990 s of iterations since 0 s.
        try world.handleComputation(heartbeat(100_000, challengeTimeMs: 990_000))
        #expect(try world.session()?.benchmark.pInstant == 600)  // 100000·6/1000, under the cap 720
        for _ in 0..<10 { try world.produceBlock([]) }
        // 2000 iterations over 1010 − 990 = 20 s: 600.
        try world.handleComputation(heartbeat(102_000, challengeTimeMs: 1_010_000))
        let record = try #require(try world.session())
        #expect(record.benchmark.pInstant == 600 && record.benchmark.challengeTimeLast == 1_010)
        #expect(try World.events(&world).last == .benchmarkUpdated(session: World.session, pInstant: 600))
        // The chain's time (1010 s) does not pass the last challenge (1010 s): skipped, no error.
        let before = try world.block.state.committed().root
        try world.handleComputation(heartbeat(200_000, challengeTimeMs: 1_010_000))
        #expect(try world.block.state.committed().root == before)
        try world.expectNoop(Self.error(.workerNotBound)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.handleComputation(heartbeat(1, challengeTimeMs: 0, from: World.weakWorker))
        }
    }
}

/// A gatekeeper report signed with the master key goes through PhalaMq's `sync_offchain_message` and its
/// router to Computation, after Registry's handlers (phala-facts.md §5.4).
@Suite struct GatekeeperReportRoutingTests {
    @Test func aSignedGatekeeperReportReachesComputationThroughTheMessageQueue() throws {
        var world = try ComputationWorld.build(masterKey: .eve)
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.bind(session: ComputationWorld.session, worker: ComputationWorld.worker, in: &state)
            try pallet.startComputing(session: ComputationWorld.session, stake: ComputationWorld.stake, in: &state)
        }
        let report = SettlementTests.report(at: 2_000_000, offline: [ComputationWorld.worker])
        let signed = SignedMessage.signing(report, sequence: 0, with: MessageQueueTests.key(.eve))
        let results = try world.produceBlock([MessageQueueTests.extrinsic(signed)])
        #expect(results.map { try? $0.get().get() } == [Empty()])
        var state = Overlay(base: world.headState)
        #expect(
            try Computation.Storage.sessions.value(ComputationWorld.session, in: &state).state == .workerUnresponsive
        )
        #expect(
            try world.headEvents().map(\.event).contains(
                .computation(.workerEnterUnresponsive(session: ComputationWorld.session))
            )
        )
    }
}
