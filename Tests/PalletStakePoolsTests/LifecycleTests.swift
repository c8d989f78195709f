import PalletStakePools
import PhalaPrimitives
import RuntimeSupport
import Testing

// Wrapping, whitelists, vault commission and worker removal (phala-facts.md §4.2, §4.4, §4.6, §4.8).
@Suite struct LifecycleTests {
    typealias World = StakePoolWorld

    @Test func wrapAndUnwrapMovePHAOneForOneThroughTheBackingAccount() throws {
        var world = try World()
        let a1 = World.account(1)
        let before = try world.pha(a1)
        try world.dispatch(.wrap(amount: .pha(300)), by: 1)
        #expect(try world.wpha(a1) == .pha(300))
        #expect(try world.pha(a1) == Balance(planck: before.planck - Balance.pha(300).planck))
        try world.dispatch(.unwrap(amount: .pha(100)), by: 1)
        #expect(try world.wpha(a1) == .pha(200))
        _ = try world.takeEvents()
        try world.dispatch(.unwrapAll, by: 1)
        #expect(try world.takeEvents() == [.unwrapped(user: a1, amount: .pha(200))])
        #expect(try world.wpha(a1) == .zero)
        #expect(try world.pha(a1) == before)
        #expect(try StakePools.Storage.wrappedIssuance.value(in: &world.state) == .zero)
    }

    @Test func aWhitelistAdmitsOnlyListedStakersAndTheOwnerUntilItsLastEntryGoes() throws {
        var world = try World()
        for who: UInt8 in [1, 2, 3] { try world.dispatch(.wrap(amount: .pha(100)), by: who) }
        let pid = try world.setupStakePool(owner: 1, workers: [])
        _ = try world.takeEvents()
        try world.dispatch(.addStakerToWhitelist(pid: pid, staker: World.account(2)), by: 1)
        #expect(
            try world.takeEvents() == [
                .poolWhitelistCreated(pid: pid), .poolWhitelistStakerAdded(pid: pid, staker: World.account(2)),
            ]
        )
        try world.expectNoop(
            .addStakerToWhitelist(pid: pid, staker: World.account(2)),
            by: 1,
            error: .alreadyInContributeWhitelist
        )
        try world.expectNoop(
            .contribute(pid: pid, amount: .pha(10), asVault: nil),
            by: 3,
            error: .notInContributeWhitelist
        )
        try world.dispatch(.contribute(pid: pid, amount: .pha(10), asVault: nil), by: 2)
        try world.dispatch(.contribute(pid: pid, amount: .pha(10), asVault: nil), by: 1)
        try world.expectNoop(
            .removeStakerFromWhitelist(pid: pid, staker: World.account(3)),
            by: 1,
            error: .notInContributeWhitelist
        )
        _ = try world.takeEvents()
        try world.dispatch(.removeStakerFromWhitelist(pid: pid, staker: World.account(2)), by: 1)
        #expect(
            try world.takeEvents() == [
                .poolWhitelistStakerRemoved(pid: pid, staker: World.account(2)), .poolWhitelistDeleted(pid: pid),
            ]
        )
        try world.dispatch(.contribute(pid: pid, amount: .pha(10), asVault: nil), by: 3)
        try world.expectNoop(
            .removeStakerFromWhitelist(pid: pid, staker: World.account(2)),
            by: 1,
            error: .noWhitelistCreated
        )
    }

    @Test func aVaultOwnerGainsSharesOnThePriceRiseAndClaimsThem() throws {
        // §4.6 example: NAV 150, 100 shares, checkpoint 1.0, 50% → new price 1.25, +20 shares (120 total).
        var world = try World()
        for who: UInt8 in [1, 2, 3] { try world.dispatch(.wrap(amount: .pha(500)), by: who) }
        world.setupWorkers(1)
        let vault = try world.setupVault(owner: 3)
        let pid = try world.setupStakePool(owner: 1, workers: [1])
        try world.dispatch(.setVaultPayoutPref(pid: vault, payoutCommission: Permill(parts: 500_000)), by: 3)
        try world.expectNoop(
            .setVaultPayoutPref(pid: vault, payoutCommission: Permill(parts: 500_000)),
            by: 3,
            error: .commissionNotChanged
        )
        try world.dispatch(.vaultContribute(pid: vault, amount: .pha(100)), by: 2)
        try world.dispatch(.contribute(pid: pid, amount: .pha(100), asVault: vault), by: 3)
        let settle = SettleInfoFixture.payout(worker: World.worker(1), pha: 50)
        try world.pallet.settlement.onReward([settle], in: &world.state)
        try world.checkInvariants()
        #expect(try world.vault(vault).basePool.totalValue == .pha(150))
        _ = try world.takeEvents()
        try world.dispatch(.maybeGainOwnerShares(vaultPid: vault), by: 3)
        #expect(
            try world.takeEvents() == [
                .ownerSharesGained(pid: vault, shares: .pha(20), checkoutPrice: Balance(planck: 1_250_000_000_000))
            ]
        )
        #expect(try world.vault(vault).basePool.totalShares == .pha(120))
        try world.expectNoop(
            .claimOwnerShares(vaultPid: vault, target: World.account(4), shares: .pha(21)),
            by: 3,
            error: .noEnoughShareToClaim
        )
        try world.dispatch(.claimOwnerShares(vaultPid: vault, target: World.account(4), shares: .pha(20)), by: 3)
        let record = try world.vault(vault)
        #expect(record.basePool.ownerShares == .zero)
        #expect(try world.shares(of: World.account(4), in: vault) == .pha(20))
    }

    @Test func aWorkerLeavesItsPoolWhenRemovedOrWhenItsOperatorUnbindsIt() throws {
        var world = try World()
        world.setupWorkers(2)
        let pid = try world.setupStakePool(owner: 1, workers: [1, 2])
        _ = try world.takeEvents()
        try world.dispatch(.removeWorker(pid: pid, worker: World.worker(1)), by: 1)
        #expect(try world.takeEvents() == [.poolWorkerRemoved(pid: pid, worker: World.worker(1))])
        // The operator unbinds worker 2 through the computation pallet, which calls back `onUnbound`.
        let session = PoolAccounts.sessionAccount(pid: pid, worker: World.worker(2))
        try world.pallet.sessions.unbind(session: session, notify: true, in: &world.state)
        try world.checkInvariants()
        #expect(try world.takeEvents() == [.poolWorkerRemoved(pid: pid, worker: World.worker(2))])
        #expect(try world.stakePool(pid).workers == [])
        #expect(try StakePools.Storage.workerAssignments.get(World.worker(2), in: &world.state) == nil)
        // Worker 1 may join again: its binding was released.
        try world.dispatch(.addWorker(pid: pid, pubkey: World.worker(1)), by: 1)
    }

    @Test func theCapIsCheckedAfterTheQueueSoAContributionThatPaysWithdrawalsPassesAFullCap() throws {
        var world = try World()
        for who: UInt8 in [1, 2, 3] { try world.dispatch(.wrap(amount: .pha(500)), by: who) }
        world.setupWorkers(1)
        let pid = try world.setupStakePool(owner: 1, workers: [1])
        try world.dispatch(.setCap(pid: pid, cap: .pha(100)), by: 1)
        try world.dispatch(.contribute(pid: pid, amount: .pha(100), asVault: nil), by: 2)
        try world.dispatch(.startComputing(pid: pid, worker: World.worker(1), stake: .pha(100)), by: 1)
        try world.dispatch(.withdraw(pid: pid, shares: .pha(50), asVault: nil), by: 2)
        try world.dispatch(.contribute(pid: pid, amount: .pha(50), asVault: nil), by: 3)
        let pool = try world.stakePool(pid)
        #expect(pool.basePool.totalValue == .pha(100))
        #expect(pool.basePool.withdrawQueue.isEmpty)
        #expect(try world.wpha(World.account(2)) == .pha(450))
    }
}
