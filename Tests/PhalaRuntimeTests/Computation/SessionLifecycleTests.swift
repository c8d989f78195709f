import Messaging
import PalletComputation
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing
import Tokenomics

/// The session state machine through the runtime (phala-facts.md §3.1; computation.rs `bind`,
/// `start_computing`, `stop_computing`, `reclaim`, `unbind_session`): every refusal is its own module
/// error and leaves the state root unchanged.
@Suite struct SessionLifecycleTests {
    typealias World = ComputationWorld
    static let error = World.error

    @Test func bindingCreatesAReadyRecordAndBothBindings() throws {
        var world = try World.build()
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.bind(session: World.session, worker: World.worker, in: &state)
        }
        let record = try #require(try world.session())
        #expect(record == SessionInfo.bound(at: 1_000))
        #expect(record.benchmark.workingStartTime == 1_000 && record.benchmark.challengeTimeLast == 0)
        let pallet = world.runtime.computation
        #expect(try pallet.worker(boundTo: World.session, in: &world.block.state) == World.worker)
        #expect(try pallet.session(boundTo: World.worker, in: &world.block.state) == World.session)
        #expect(try pallet.stake(of: World.session, in: &world.block.state) == nil)
        #expect(try World.events(&world) == [.sessionBound(session: World.session, worker: World.worker)])
    }

    @Test func everyBindRefusalIsItsOwnErrorAndChangesNothing() throws {
        var world = try World.build()
        // The world's second worker has no score until benchmarked; a fresh registration has none.
        var fresh = GatekeeperTests.second
        fresh.pubkey = FixedBytes(repeating: 0x77)
        try WorkerRegistrationTests.register(&world, fresh, attestation: WorkerRegistrationTests.attest(fresh))
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.bind(session: World.session, worker: World.worker, in: &state)
        }
        let refusals: [(AccountId32, FixedBytes<32>, Computation.Error)] = [
            (World.otherSession, World.unknownWorker, .workerNotRegistered),
            (World.otherSession, fresh.pubkey, .benchmarkMissing),
            (World.session, World.weakWorker, .duplicateBoundSession),
            (World.otherSession, World.worker, .duplicateBoundWorker),
        ]
        for (session, worker, error) in refusals {
            try world.expectNoop(Self.error(error)) { (world: inout TestRuntime) throws(DispatchError) in
                try world.compute { (pallet, state) throws(DispatchError) in
                    try pallet.bind(session: session, worker: worker, in: &state)
                }
            }
        }
    }

    @Test func startingComputingStakesTheSessionAndTellsTheWorker() throws {
        var world = try World.computing()
        let ve = try TokenomicParameters.test.initialV(stake: World.stake, score: 600, confidenceLevel: 128)
        // 1.3 · (3000 + 0.3 · 600) = 4134, a hair above through fp!(1.3)'s and fp!(0.3)'s rounding.
        #expect(ve > U64F64(4_134) && ve < U64F64(4_135))
        let record = try #require(try world.session())
        #expect(record.state == .workerIdle && record.ve == ve.bits && record.v == ve.bits)
        #expect(record.benchmark.pInit == 600 && record.vUpdatedAt == 1_000)
        #expect(try Computation.Storage.onlineWorkers.value(in: &world.block.state) == 1)
        #expect(try Computation.Storage.nextSessionId.value(in: &world.block.state) == 1)
        #expect(try world.runtime.computation.stake(of: World.session, in: &world.block.state) == World.stake)
        #expect(
            try World.published(&world)
                == [
                    World.message(
                        SystemEvent.workerEvent(
                            pubkey: World.worker,
                            event: .started(sessionID: 0, initV: ve.bits, initP: 600)
                        ),
                        on: .systemEvent
                    )
                ]
        )
        #expect(
            try World.events(&world).last == .workerStarted(session: World.session, initV: ve.bits, initP: 600)
        )
    }

    @Test func startRefusalsUseTheTokenomicsMinimumStakeAndVMax() throws {
        var world = try World.build()
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.bind(session: World.session, worker: World.worker, in: &state)
            try pallet.bind(session: World.otherSession, worker: World.weakWorker, in: &state)
        }
        let minimum = try TokenomicParameters.test.minimalStake(score: 600)
        // 100 · √600 with the square root at 32 fractional bits (phala-facts.md §0.2), not 2449.489742783178.
        #expect(minimum == Balance(planck: 2_449_489_742_773_585))
        let refusals: [(AccountId32, Balance, Computation.Error)] = [
            (AccountId32(FixedBytes(repeating: 0x53)), World.stake, .sessionNotFound),
            (World.otherSession, World.stake, .benchmarkTooLow),
            (World.session, Balance(planck: minimum.planck - 1), .insufficientStake),
            // Ve = 1.3 · (23,000 + 180) = 30,134 > v_max = 30,000.
            (World.session, .pha(23_000), .tooMuchStake),
        ]
        for (session, stake, error) in refusals {
            try world.expectNoop(Self.error(error)) { (world: inout TestRuntime) throws(DispatchError) in
                try world.compute { (pallet, state) throws(DispatchError) in
                    try pallet.startComputing(session: session, stake: stake, in: &state)
                }
            }
        }
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.startComputing(session: World.session, stake: minimum, in: &state)
        }
        try world.expectNoop(Self.error(.workerNotReady)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.compute { (pallet, state) throws(DispatchError) in
                try pallet.startComputing(session: World.session, stake: minimum, in: &state)
            }
        }
    }

    @Test func stoppingCoolsDownAndReclaimReturnsTheWholeStakeAfterThePeriod() throws {
        var world = try World.computing()
        try world.expectNoop(Self.error(.coolDownNotReady)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.compute { (pallet, state) throws(DispatchError) in
                _ = try pallet.reclaim(session: World.session, checkCooldown: true, in: &state)
            }
        }
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.stopComputing(session: World.session, in: &state)
        }
        #expect(try world.session()?.state == .workerCoolingDown && world.session()?.coolDownStart == 1_000)
        #expect(try Computation.Storage.onlineWorkers.value(in: &world.block.state) == 0)
        #expect(
            try World.published(&world).last
                == World.message(SystemEvent.workerEvent(pubkey: World.worker, event: .stopped), on: .systemEvent)
        )
        try world.expectNoop(Self.error(.workerNotComputing)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.compute { (pallet, state) throws(DispatchError) in
                try pallet.stopComputing(session: World.session, in: &state)
            }
        }
        try world.expectNoop(Self.error(.coolDownNotReady)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.compute { (pallet, state) throws(DispatchError) in
                _ = try pallet.reclaim(session: World.session, checkCooldown: true, in: &state)
            }
        }
        for _ in 0..<10 { try world.produceBlock([]) }
        var released: (returned: Balance, slashed: Balance)?
        try world.compute { (pallet, state) throws(DispatchError) in
            released = try pallet.reclaim(session: World.session, checkCooldown: true, in: &state)
        }
        #expect(released?.returned == World.stake && released?.slashed == .zero)
        #expect(try world.session()?.state == .ready)
        #expect(try world.runtime.computation.stake(of: World.session, in: &world.block.state) == nil)
        #expect(
            try World.events(&world).last
                == .workerReclaimed(session: World.session, originalStake: World.stake, slashed: .zero)
        )
        try world.expectNoop(Self.error(.sessionNotFound)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.compute { (pallet, state) throws(DispatchError) in
                _ = try pallet.reclaim(session: World.otherSession, checkCooldown: false, in: &state)
            }
        }
    }

    @Test func unbindingAComputingSessionStopsItFirstAndKeepsTheRecord() throws {
        var world = try World.computing()
        try world.compute { (pallet, state) throws(DispatchError) in
            try pallet.unbind(session: World.session, notify: true, in: &state)
        }
        #expect(try world.session()?.state == .workerCoolingDown)
        #expect(try world.runtime.computation.worker(boundTo: World.session, in: &world.block.state) == nil)
        #expect(
            Array(try World.events(&world).suffix(2))
                == [
                    .workerStopped(session: World.session),
                    .sessionUnbound(session: World.session, worker: World.worker),
                ]
        )
        try world.expectNoop(Self.error(.sessionNotBound)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.compute { (pallet, state) throws(DispatchError) in
                try pallet.unbind(session: World.session, notify: false, in: &state)
            }
        }
        // A cooling-down record may not be bound over until reclaimed.
        try world.expectNoop(Self.error(.workerNotReady)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.compute { (pallet, state) throws(DispatchError) in
                try pallet.bind(session: World.session, worker: World.worker, in: &state)
            }
        }
    }

    @Test func onlyTheWorkersOperatorUnbindsThroughTheCall() throws {
        var world = try World.computing()
        let call = RuntimeCall.computation(.unbind(session: World.session))
        try world.expectNoop(Self.error(.badSender)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(call, as: .signed(DevAccount.alice.id))
        }
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(call, as: .root)
        }
        try world.expectNoop(Self.error(.sessionNotBound)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.computation(.unbind(session: World.otherSession)), as: .signed(DevAccount.bob.id))
        }
        try world.dispatch(call, as: .signed(DevAccount.bob.id))
        #expect(try world.runtime.computation.session(boundTo: World.worker, in: &world.block.state) == nil)
    }

    @Test func governanceSetsTheCoolDownAndNobodyElseDoes() throws {
        var world = try World.build()
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.computation(.setCoolDownExpiration(period: 5)), as: .signed(DevAccount.alice.id))
        }
        try world.dispatch(.computation(.setCoolDownExpiration(period: 5)), as: .root)
        #expect(try Computation.Storage.coolDownPeriod.value(in: &world.block.state) == 5)
        #expect(try World.events(&world) == [.coolDownExpirationChanged(period: 5)])
    }
}
