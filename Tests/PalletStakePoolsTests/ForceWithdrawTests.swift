import PalletStakePools
import PhalaPrimitives
import RuntimeSupport
import Testing

// phala-facts.md §4.7 with Phala's tests `vault_partial_force_withdraw`,
// `vault_force_withdraw_after_3x_grace_period` and `test_check_and_maybe_force_withdraw`
// (pallets/phala/src/test.rs and its snapshots, phala-blockchain 654b1b69).
@Suite struct ForceWithdrawTests {
    typealias World = StakePoolWorld
    static let coolDown = TestWorkerSessions.coolDownPeriod

    /// A1 holds 200 vault-1 shares; vault 1 put its 200 in pool 0, whose workers compute with `stakes`.
    func investedVault(stakes: [Balance]) throws -> (world: World, vaultAccount: AccountId32) {
        var world = try World()
        try world.dispatch(.wrap(amount: .pha(500)), by: 1)
        world.setupWorkers(UInt8(stakes.count))
        _ = try world.setupStakePool(owner: 1, workers: Array(1...UInt8(stakes.count)))
        let vault = try world.setupVault(owner: 99)
        try world.dispatch(.vaultContribute(pid: vault, amount: .pha(200)), by: 1)
        try world.dispatch(.contribute(pid: 0, amount: .pha(200), asVault: vault), by: 99)
        for (n, stake) in stakes.enumerated() {
            try world.dispatch(.startComputing(pid: 0, worker: World.worker(UInt8(n + 1)), stake: stake), by: 1)
        }
        try world.dispatch(.vaultWithdraw(pid: vault, shares: .pha(200)), by: 1)
        return (world, try world.vault(vault).poolAccount)
    }

    @Test func vaultPartialForceWithdrawShutsDownAfterTheGracePeriodAndPaysWhatAReclaimFrees() throws {
        var (world, vaultAccount) = try investedVault(stakes: [.pha(100), .pha(100)])
        try world.elapse(seconds: Self.coolDown + 1)
        _ = try world.takeEvents()
        try world.dispatch(.vaultCheckAndMaybeForceWithdraw(vaultPid: 1), by: 1)
        #expect(
            try world.takeEvents() == [
                .withdrawalQueued(pid: 0, user: vaultAccount, shares: .pha(200), asVault: 1),
                .forceShutdown(pid: 1, reason: .noEnoughReleasingStake),
            ]
        )
        #expect(try StakePools.Storage.vaultLocks.contains(1, in: &world.state))
        // A locked vault's owner cannot act for it.
        try world.expectNoop(.contribute(pid: 0, amount: .pha(1), asVault: 1), by: 99, error: .vaultIsLocked)

        try world.dispatch(.stopComputing(pid: 0, worker: World.worker(1)), by: 1)
        try world.elapse(seconds: Self.coolDown)
        try world.dispatch(.reclaimPoolWorker(pid: 0, worker: World.worker(1)), by: 1)
        _ = try world.takeEvents()
        try world.dispatch(.vaultCheckAndMaybeForceWithdraw(vaultPid: 1), by: 1)
        #expect(
            try world.takeEvents() == [
                .withdrawal(pid: 1, user: World.account(1), amount: .pha(100), shares: .pha(100), burntShares: .zero)
            ]
        )
        #expect(try StakePools.Storage.vaultLocks.contains(1, in: &world.state))
    }

    @Test func vaultForceWithdrawAfterThreeGracePeriodsGivesWaiting3xGracePeriod() throws {
        var (world, vaultAccount) = try investedVault(stakes: [.pha(200)])
        try world.elapse(seconds: 3 * Self.coolDown + 1)
        _ = try world.takeEvents()
        try world.dispatch(.vaultCheckAndMaybeForceWithdraw(vaultPid: 1), by: 1)
        #expect(
            try world.takeEvents() == [
                .withdrawalQueued(pid: 0, user: vaultAccount, shares: .pha(200), asVault: 1),
                .forceShutdown(pid: 1, reason: .waiting3xGracePeriod),
            ]
        )
        #expect(try StakePools.Storage.vaultLocks.contains(1, in: &world.state))
    }

    @Test func aShutdownBurnsTheVaultsDustHoldingAndDropsThePoolFromItsInvestments() throws {
        var (world, vaultAccount) = try investedVault(stakes: [.pha(100)])
        // The vault takes all but 500 planck-shares out of pool 0: 100 PHA paid from its free stake,
        // the rest queued, and a 500-share holding left behind.
        let shares = World.pha(199, planck: 1_000_000_000_000 - 500)
        try world.dispatch(.withdraw(pid: 0, shares: shares, asVault: 1), by: 99)
        #expect(try world.shares(of: vaultAccount, in: 0) == Balance(planck: 500))
        try world.elapse(seconds: 3 * Self.coolDown + 1)
        _ = try world.takeEvents()
        try world.dispatch(.vaultCheckAndMaybeForceWithdraw(vaultPid: 1), by: 1)
        #expect(
            try world.takeEvents() == [
                .withdrawal(pid: 1, user: World.account(1), amount: .pha(100), shares: .pha(100), burntShares: .zero),
                .forceShutdown(pid: 1, reason: .waiting3xGracePeriod),
            ]
        )
        #expect(try StakePools.Storage.shareHoldings.get(0, vaultAccount, in: &world.state) == nil)
        let pool = try world.stakePool(0).basePool
        #expect(pool.totalShares == World.pha(99, planck: 1_000_000_000_000 - 500))
        #expect(pool.queuedShares(of: vaultAccount) == pool.totalShares)
        #expect(try world.vault(1).investPools == [])
    }

    @Test func aVaultWithinTheGracePeriodIsNotShutDown() throws {
        var (world, _) = try investedVault(stakes: [.pha(200)])
        try world.elapse(seconds: Self.coolDown)
        _ = try world.takeEvents()
        try world.dispatch(.vaultCheckAndMaybeForceWithdraw(vaultPid: 1), by: 1)
        #expect(try world.takeEvents() == [])
        #expect(try !StakePools.Storage.vaultLocks.contains(1, in: &world.state))
    }

    @Test func anExpiredStakePoolWithdrawalStopsEveryComputingWorker() throws {
        var world = try World()
        try world.dispatch(.wrap(amount: .pha(500)), by: 2)
        world.setupWorkers(2)
        let pid = try world.setupStakePool(owner: 1, workers: [1, 2])
        try world.dispatch(.contribute(pid: pid, amount: .pha(300), asVault: nil), by: 2)
        try world.dispatch(.startComputing(pid: pid, worker: World.worker(1), stake: .pha(100)), by: 1)
        try world.dispatch(.startComputing(pid: pid, worker: World.worker(2), stake: .pha(100)), by: 1)
        try world.dispatch(.withdraw(pid: pid, shares: .pha(300), asVault: nil), by: 2)
        try world.dispatch(.stopComputing(pid: pid, worker: World.worker(1)), by: 1)
        try world.elapse(seconds: 864_000)
        #expect(try world.wpha(try world.stakePool(pid).poolAccount) == .zero)
        try world.dispatch(.reclaimPoolWorker(pid: pid, worker: World.worker(1)), by: 3)
        #expect(try world.stakePool(pid).cdWorkers == [])
        #expect(try world.stakePool(pid).basePool.queuedShares(of: World.account(2)) == .pha(100))
        #expect(try world.wpha(World.account(2)) == .pha(400))
        try world.dispatch(.checkAndMaybeForceWithdraw(pid: pid), by: 3)
        #expect(try world.stakePool(pid).cdWorkers == [World.worker(2)])
        try world.elapse(seconds: 864_000)
        try world.dispatch(.reclaimPoolWorker(pid: pid, worker: World.worker(2)), by: 3)
        #expect(try world.wpha(World.account(2)) == .pha(500))
        #expect(try world.stakePool(pid).basePool.withdrawQueue.isEmpty)
    }
}
