import PalletStakePools
import PhalaPrimitives
import Testing

// Rules from the reference doc phala-facts.md §4.2 (share accounting) and §4.5 (value side of rewards).
@Suite struct BasePoolTests {
    let alice = StakePoolFixture.account(1)
    let bob = StakePoolFixture.account(2)

    @Test func anEmptyPoolHasNoPriceAndTheFirstContributionBuysSharesOneToOne() throws {
        var pool = BasePool(pid: 0, owner: alice, kind: .stakePool)
        #expect(pool.sharePrice == nil)
        let shares = try pool.contribute(user: bob, amount: .pha(300))
        #expect(shares == .pha(300))
        #expect(pool.sharePrice == .one)
        #expect(pool.totalValue == .pha(300))
        StakePoolFixture.expectSharesBalance(pool)
    }

    @Test func dustIsAtMostOneThousandPlanck() {
        #expect(BasePool.isDust(.zero))
        #expect(BasePool.isDust(Balance(planck: 1000)))
        #expect(!BasePool.isDust(Balance(planck: 1001)))
    }

    @Test func contributionsAfterARewardBuySharesAtTheRaisedPriceWithBdiv() throws {
        var pool = BasePool(pid: 0, owner: alice, kind: .stakePool)
        try pool.contribute(user: alice, amount: .pha(100))
        pool.distributeReward(.pha(50))
        #expect(pool.sharePrice == U64F64(bits: 3 << 63))
        let shares = try pool.contribute(user: bob, amount: .pha(30))
        #expect(shares == .pha(20))
        #expect(pool.totalShares == .pha(120))
        #expect(pool.totalValue == .pha(180))
        StakePoolFixture.expectSharesBalance(pool)
    }

    @Test func aPoolWithSharesButNoValueIsBankruptAndRefusesContributions() throws {
        var pool = BasePool(pid: 0, owner: alice, kind: .stakePool)
        try pool.contribute(user: alice, amount: .pha(100))
        // At price 1.0, bdiv truncates through U80F48: 500 planck buy 499 shares.
        #expect(try pool.contribute(user: bob, amount: Balance(planck: 500)) == Balance(planck: 499))
        try pool.withdraw(user: alice, shares: .pha(100), now: 0)
        let paid = try pool.processWithdrawQueue(
            free: StakePoolFixture.pha(100, planck: 500),
            minBalance: StakePoolFixture.minBalance
        )
        #expect(paid == [Withdrawal(user: alice, amount: .pha(100), shares: .pha(100), burntShares: .zero)])
        // 500 planck of value left is dust, so the value drops to 0 while Bob's 499 shares remain.
        #expect(pool.totalValue == .zero)
        #expect(pool.totalShares == Balance(planck: 499))
        #expect(pool.sharePrice == .zero)
        #expect(throws: StakePoolError.poolBankrupt) { try pool.contribute(user: bob, amount: .pha(1)) }
        StakePoolFixture.expectSharesBalance(pool)
    }

    @Test func rewardsRaiseTheValueAndAVaultGetsItsShareOfTheStakersPart() throws {
        // test_on_reward_for_vault (pallets/phala/src/test.rs, §4.5): vault of 100 investing 50 in a pool
        // of 100 shares (the other 50 a user's); reward 100 at 50 %.
        let vaultAccount = StakePoolFixture.account(9)
        var pool = BasePool(pid: 0, owner: alice, kind: .stakePool)
        var vault = BasePool(pid: 1, owner: alice, kind: .vault)
        try vault.contribute(user: alice, amount: .pha(100))
        try pool.contribute(user: vaultAccount, amount: .pha(50))
        try pool.contribute(user: bob, amount: .pha(50))
        #expect(pool.admitReward(.pha(100)) == .accepted)
        let split = RewardSplit(reward: .pha(100), commission: Permill(parts: 500_000))
        let toStakers = split.toStakers
        #expect(split.toOwner == .pha(50))
        pool.distributeReward(toStakers)
        vault.distributeReward(try pool.vaultRewardShare(vaultAccount: vaultAccount, reward: toStakers))
        #expect(pool.totalValue == .pha(150))
        #expect(vault.totalValue == .pha(125))
        #expect(pool.totalShares == .pha(100) && vault.totalShares == .pha(100))
    }

    @Test func theDustRewardSplitsIntoFourMillionNineNineNineAndFiveMillionPlanck() throws {
        // test_on_reward_dust (§0.2, §4.5): the payout literal 0.00001 (fp! rounds to nearest) is 9 999 999 planck.
        let payout = U64F64(bits: 184_467_440_737_096)
        let reward = try Balance(pha: payout)
        #expect(reward == Balance(planck: 9_999_999))
        let split = RewardSplit(reward: reward, commission: Permill(parts: 500_000))
        #expect(split.toOwner == Balance(planck: 4_999_999))
        #expect(split.toStakers == Balance(planck: 5_000_000))
        // Both parts are below the W-PHA minimum balance, so the pallet mints neither.
        #expect(split.toOwner < StakePoolFixture.minBalance && split.toStakers < StakePoolFixture.minBalance)
    }

    @Test func aVaultIsListedAsValueSubscriberOnceInInvestmentOrder() {
        var pool = BasePool(pid: 0, owner: alice, kind: .stakePool)
        pool.addValueSubscriber(7)
        pool.addValueSubscriber(3)
        pool.addValueSubscriber(7)
        #expect(pool.valueSubscribers == [7, 3])
    }

    @Test func zeroDustAndShareLessRewardsAreNotAdmitted() throws {
        var pool = BasePool(pid: 0, owner: alice, kind: .stakePool)
        #expect(pool.admitReward(.zero) == .ignored)
        #expect(pool.admitReward(Balance(planck: 1000)) == .dismissedDust)
        #expect(pool.admitReward(.pha(1)) == .dismissedNoShare)
        try pool.contribute(user: bob, amount: Balance(planck: 1001))
        #expect(pool.totalShares == Balance(planck: 1001))
        #expect(pool.admitReward(Balance(planck: 1001)) == .accepted)
    }
}
