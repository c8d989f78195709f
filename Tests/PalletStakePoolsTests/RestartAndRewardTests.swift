import PalletStakePools
import PhalaPrimitives
import RuntimeSupport
import Testing
import Tokenomics

// phala-facts.md §4.4 (restart) and §4.5 (rewards), after Phala's tests `test_restart_computing`,
// `test_on_reward_for_vault`, `test_claim_owner_rewards` and `test_on_reward_dust` (pallets/phala/src/test.rs).
@Suite struct RestartAndRewardTests {
    typealias World = StakePoolWorld

    /// U64F64 bits of a whole number of PHA.
    static func bits(_ whole: UInt128) -> UInt128 { whole << 64 }

    @Test func restartNeedsStrictlyMoreStakeAndTakesItFromFreeStake() throws {
        var world = try World()
        try world.dispatch(.wrap(amount: .pha(1_000)), by: 1)
        world.setupWorkers(1)
        let pid = try world.setupStakePool(owner: 1, workers: [1])
        try world.dispatch(.contribute(pid: pid, amount: .pha(200), asVault: nil), by: 1)
        try world.dispatch(.startComputing(pid: pid, worker: World.worker(1), stake: .pha(150)), by: 1)
        let poolAccount = try world.stakePool(pid).poolAccount
        #expect(try world.wpha(poolAccount) == .pha(50))
        try world.expectNoop(
            .restartComputing(pid: pid, worker: World.worker(1), stake: .pha(150)),
            by: 1,
            error: .cannotRestartWithLessStake
        )
        try world.dispatch(.restartComputing(pid: pid, worker: World.worker(1), stake: .pha(151)), by: 1)
        #expect(try world.wpha(poolAccount) == .pha(49))
        #expect(try world.wpha(try world.stakePool(pid).lockAccount) == .pha(151))
    }

    @Test func aRewardIsSplitAtTheCommissionAndMarksUpAnInvestedVault() throws {
        var world = try World()
        for who: UInt8 in [1, 2, 3] { try world.dispatch(.wrap(amount: .pha(500)), by: who) }
        world.setupWorkers(1)
        let vault = try world.setupVault(owner: 3)
        let pid = try world.setupStakePool(owner: 1, workers: [1])
        try world.dispatch(.setPayoutPref(pid: pid, payoutCommission: Permill(parts: 500_000)), by: 1)
        try world.dispatch(.vaultContribute(pid: vault, amount: .pha(100)), by: 3)
        try world.dispatch(.contribute(pid: pid, amount: .pha(50), asVault: vault), by: 3)
        try world.dispatch(.contribute(pid: pid, amount: .pha(50), asVault: nil), by: 2)
        try world.dispatch(.startComputing(pid: pid, worker: World.worker(1), stake: .pha(100)), by: 1)
        _ = try world.takeEvents()
        let settle = SettleInfo(pubkey: World.worker(1), v: Self.bits(1), payout: Self.bits(100), treasury: 0)
        try world.pallet.settlement.onReward([settle], in: &world.state)
        try world.checkInvariants()
        #expect(try world.takeEvents() == [.rewardReceived(pid: pid, toOwner: .pha(50), toStakers: .pha(50))])
        let pool = try world.stakePool(pid)
        #expect(try world.wpha(pool.ownerRewardAccount) == .pha(50))
        #expect(try world.wpha(pool.poolAccount) == .pha(50))
        #expect(pool.basePool.totalValue == .pha(150))
        #expect(pool.basePool.totalShares == .pha(100))
        let vaultRecord = try world.vault(vault)
        #expect(vaultRecord.basePool.totalValue == .pha(125))
        #expect(try world.wpha(vaultRecord.poolAccount) == .pha(50))
        #expect(vaultRecord.basePool.totalShares == .pha(100))
        #expect(try world.pha(World.configuration.wrappedBalancesAccount) == .pha(1_600))
    }

    @Test func theOwnerClaimsTheWholeCommission() throws {
        var world = try World()
        for who: UInt8 in [1, 2] { try world.dispatch(.wrap(amount: .pha(500)), by: who) }
        world.setupWorkers(1)
        let pid = try world.setupStakePool(owner: 1, workers: [1])
        try world.dispatch(.setPayoutPref(pid: pid, payoutCommission: Permill(parts: 500_000)), by: 1)
        try world.dispatch(.contribute(pid: pid, amount: .pha(100), asVault: nil), by: 1)
        try world.dispatch(.contribute(pid: pid, amount: .pha(400), asVault: nil), by: 2)
        let settle = SettleInfo(pubkey: World.worker(1), v: Self.bits(1), payout: Self.bits(1_000), treasury: 0)
        try world.pallet.settlement.onReward([settle], in: &world.state)
        try world.checkInvariants()
        #expect(try world.wpha(try world.stakePool(pid).ownerRewardAccount) == .pha(500))
        try world.dispatch(.claimOwnerRewards(pid: pid, target: World.account(1)), by: 1)
        #expect(try world.wpha(try world.stakePool(pid).ownerRewardAccount) == .zero)
        #expect(try world.wpha(World.account(1)) == .pha(900))
        try world.expectNoop(.claimOwnerRewards(pid: pid, target: World.account(1)), by: 1, error: .noRewardToClaim)
    }

    @Test func rewardsBelowTheWrappedMinimumAreDismissedAsUnmintableDust() throws {
        var world = try World()
        try world.dispatch(.wrap(amount: .pha(500)), by: 1)
        world.setupWorkers(1)
        let pid = try world.setupStakePool(owner: 1, workers: [1])
        try world.dispatch(.setPayoutPref(pid: pid, payoutCommission: Permill(parts: 500_000)), by: 1)
        try world.dispatch(.contribute(pid: pid, amount: .pha(100), asVault: nil), by: 1)
        try world.dispatch(.startComputing(pid: pid, worker: World.worker(1), stake: .pha(100)), by: 1)
        _ = try world.takeEvents()
        // fp!(0.000010000000), rounded to nearest: round(10⁻⁵ × 2⁶⁴) = 184467440737096 → 9 999 999 planck.
        let settle = SettleInfo(pubkey: World.worker(1), v: Self.bits(1), payout: 184_467_440_737_096, treasury: 0)
        try world.pallet.settlement.onReward([settle], in: &world.state)
        try world.checkInvariants()
        #expect(
            try world.takeEvents() == [
                .rewardToOwnerDismissedDust(pid: pid, amount: Balance(planck: 4_999_999)),
                .rewardToDistributionDismissedDust(pid: pid, amount: Balance(planck: 5_000_000)),
            ]
        )
        let pool = try world.stakePool(pid)
        #expect(try world.wpha(pool.ownerRewardAccount) == .zero)
        #expect(try world.wpha(pool.poolAccount) == .zero)
        #expect(try StakePools.Storage.unmintableDust.value(in: &world.state) == Balance(planck: 9_999_999))
    }

    @Test func dustRewardsAndWorkersInNoPoolAreDismissedWithoutTouchingTheSubsidyPool() throws {
        var world = try World()
        world.setupWorkers(1)
        let pid = try world.setupStakePool(owner: 1, workers: [1])
        let subsidy = try world.pha(World.configuration.subsidyAccount)
        _ = try world.takeEvents()
        let stray = SettleInfo(pubkey: World.worker(9), v: 0, payout: Self.bits(1), treasury: 0)
        let noShares = SettleInfo(pubkey: World.worker(1), v: 0, payout: Self.bits(1), treasury: 0)
        try world.pallet.settlement.onReward([stray, noShares], in: &world.state)
        #expect(
            try world.takeEvents() == [
                .rewardDismissedNotInPool(worker: World.worker(9), amount: .pha(1)),
                .rewardDismissedNoShare(pid: pid, amount: .pha(1)),
            ]
        )
        #expect(try world.pha(World.configuration.subsidyAccount) == subsidy)
    }
}
