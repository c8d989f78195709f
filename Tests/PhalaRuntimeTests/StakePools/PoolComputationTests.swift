import PalletComputation
import PalletStakePools
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing
import Tokenomics

/// The stake pools on the real computation pallet inside the runtime (the pallet's own tests use a
/// stand-in for computation): a pool binds and starts its worker's session, receives the gatekeeper's
/// settlements through Computation's observer with the owner's commission taken first, and gets its
/// stake back after the cool-down; every step keeps all pallets' invariants.
@Suite struct PoolComputationTests {
    typealias World = ComputationWorld

    static let bob = DevAccount.bob.id
    static let charlie = DevAccount.charlie.id

    static func call(_ call: StakePools.Call, by account: DevAccount, _ world: inout TestRuntime) throws(DispatchError) {
        try world.dispatch(.stakePools(call), as: .signed(account.id))
    }

    static func pool(_ world: inout TestRuntime, pid: UInt64 = 0) throws -> StakePool {
        guard case .stakePool(let pool)? = try StakePools.Storage.pools.get(pid, in: &world.block.state) else {
            throw TestFailure("pool \(pid) is not a stake pool")
        }
        return pool
    }

    static func wrapped(_ account: AccountId32, _ world: inout TestRuntime) throws -> Balance {
        try world.runtime.stakePools.settlement.wrappedBalance(of: account, in: &world.block.state)
    }

    static func poolEvents(_ world: inout TestRuntime) throws -> [StakePools.Event] {
        try world.events().compactMap { record in
            if case .stakePools(let event) = record.event { event } else { nil }
        }
    }

    /// Bob's pool 0 with a 20 % commission and his worker bound; Charlie contributed 5,000 PHA; the worker
    /// computes with `World.stake`.
    static func computingPool() throws -> TestRuntime {
        var world = try World.build(balances: [(.alice, 100), (.bob, 100), (.charlie, 10_000)])
        try call(.wrap(amount: .pha(10)), by: .bob, &world)
        try call(.create, by: .bob, &world)
        try call(.setPayoutPref(pid: 0, payoutCommission: Permill(percent: 20)), by: .bob, &world)
        try call(.addWorker(pid: 0, pubkey: World.worker), by: .bob, &world)
        try call(.wrap(amount: .pha(5_000)), by: .charlie, &world)
        try call(.contribute(pid: 0, amount: .pha(5_000), asVault: nil), by: .charlie, &world)
        try call(.startComputing(pid: 0, worker: World.worker, stake: World.stake), by: .bob, &world)
        return world
    }

    @Test func startingAPoolWorkerOpensItsComputationSessionWithThePoolsStake() throws {
        var world = try Self.computingPool()
        let session = PoolAccounts.sessionAccount(pid: 0, worker: World.worker)
        let info = try #require(try world.session(session))
        #expect(info.state == .workerIdle)
        #expect(try Computation.Storage.stakes.get(session, in: &world.block.state) == World.stake)
        let pool = try Self.pool(&world)
        #expect(pool.workers == [World.worker])
        #expect(try Self.wrapped(pool.lockAccount, &world) == World.stake)
        #expect(try Self.wrapped(pool.poolAccount, &world) == .pha(2_000))
        #expect(try World.events(&world).contains(.workerStarted(session: session, initV: info.v, initP: 600)))
    }

    @Test func aGatekeeperSettlementPaysThePoolAndItsOwnerFromTheSubsidyPool() throws {
        var world = try Self.computingPool()
        let issuance = try world.totalIssuance()
        let subsidy = try SettlementTests.free(Computation.subsidyPoolAccount, &world)
        let payout = try U64F64(balance: .pha(100))
        let settle = SettleInfo(pubkey: World.worker, v: 4_200 << 64, payout: payout.bits, treasury: 0)
        try world.handleComputation(SettlementTests.report(at: 1_001_000, settle: [settle]))

        #expect(try Self.poolEvents(&world).last == .rewardReceived(pid: 0, toOwner: .pha(20), toStakers: .pha(80)))
        let pool = try Self.pool(&world)
        #expect(pool.basePool.totalValue == .pha(5_080) && pool.basePool.totalShares == .pha(5_000))
        #expect(try Self.wrapped(pool.ownerRewardAccount, &world) == .pha(20))
        #expect(try SettlementTests.free(Computation.subsidyPoolAccount, &world) == Balance(planck: subsidy.planck - Balance.pha(100).planck))
        #expect(try world.totalIssuance() == issuance)
        let session = PoolAccounts.sessionAccount(pid: 0, worker: World.worker)
        #expect(try world.session(session)?.totalReward == Balance.pha(100).planck)

        try Self.call(.claimOwnerRewards(pid: 0, target: Self.bob), by: .bob, &world)
        #expect(try Self.wrapped(Self.bob, &world) == .pha(30))
    }

    @Test func aStoppedWorkersStakeReturnsAfterTheCoolDownAndStakersWithdrawInFull() throws {
        var world = try Self.computingPool()
        let payout = try U64F64(balance: .pha(100))
        let settle = SettleInfo(pubkey: World.worker, v: 4_200 << 64, payout: payout.bits, treasury: 0)
        try world.handleComputation(SettlementTests.report(at: 1_001_000, settle: [settle]))
        try Self.call(.stopComputing(pid: 0, worker: World.worker), by: .bob, &world)
        let session = PoolAccounts.sessionAccount(pid: 0, worker: World.worker)
        #expect(try world.session(session)?.state == .workerCoolingDown)

        // The cool-down is 10 s and blocks are 1 s apart.
        try world.expectNoop(World.error(.coolDownNotReady)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.call(.reclaimPoolWorker(pid: 0, worker: World.worker), by: .charlie, &world)
        }
        for _ in 0..<10 { try world.produceBlock([]) }
        try Self.call(.reclaimPoolWorker(pid: 0, worker: World.worker), by: .charlie, &world)
        #expect(try world.session(session)?.state == .ready)
        let pool = try Self.pool(&world)
        #expect(try Self.wrapped(pool.lockAccount, &world) == .zero)
        #expect(try Self.wrapped(pool.poolAccount, &world) == .pha(5_080))

        // The price 5080/5000 truncates in U64F64, so the payout is one planck short; the pool's value, now
        // within the dust threshold, drops to zero (Phala's `remove_stake_from_nft`).
        let paid = Balance(planck: 5_079_999_999_999_999)
        try Self.call(.withdraw(pid: 0, shares: .pha(5_000), asVault: nil), by: .charlie, &world)
        #expect(
            try Self.poolEvents(&world).last
                == .withdrawal(pid: 0, user: Self.charlie, amount: paid, shares: .pha(5_000), burntShares: .zero)
        )
        #expect(try Self.pool(&world).basePool.totalValue == .zero)
        #expect(try Self.wrapped(Self.charlie, &world) == paid)
        let before = try world.free(.charlie)
        try Self.call(.unwrapAll, by: .charlie, &world)
        #expect(try world.free(.charlie) == Balance(planck: before.planck + paid.planck))
    }

    @Test func theChainAsksForBlocksWithoutTransactionsExactlyWhileAWorkerComputes() throws {
        var world = try World.build(balances: [(.alice, 100), (.bob, 100), (.charlie, 10_000)])
        try world.produceBlock([])
        #expect(try world.runtime.needsBlocksWithoutTransactions(state: world.headState) == false)
        world = try Self.computingPool()
        try world.produceBlock([])
        #expect(try world.runtime.needsBlocksWithoutTransactions(state: world.headState))
        try Self.call(.stopComputing(pid: 0, worker: World.worker), by: .bob, &world)
        try world.produceBlock([])
        #expect(try world.runtime.needsBlocksWithoutTransactions(state: world.headState) == false)
    }

    @Test func aRewardForAWorkerInNoPoolIsDismissed() throws {
        var world = try World.computing()
        let payout = try U64F64(balance: .pha(1))
        let settle = SettleInfo(pubkey: World.worker, v: 4_200 << 64, payout: payout.bits, treasury: 0)
        try world.handleComputation(SettlementTests.report(at: 1_001_000, settle: [settle]))
        #expect(try Self.poolEvents(&world) == [.rewardDismissedNotInPool(worker: World.worker, amount: .pha(1))])
    }
}
