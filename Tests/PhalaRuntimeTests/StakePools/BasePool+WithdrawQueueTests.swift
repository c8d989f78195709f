import PalletStakePools
import PhalaPrimitives
import Testing

// Rules from phala-facts.md §4.3 (withdraw queue) and §4.7 (has_expired_withdrawal).
@Suite struct BasePoolWithdrawQueueTests {
    let owner = StakePoolFixture.account(100)
    let alice = StakePoolFixture.account(1)
    let bob = StakePoolFixture.account(2)
    let min = StakePoolFixture.minBalance

    func pool(_ stakes: [(AccountId32, UInt64)]) throws -> BasePool {
        var pool = BasePool(pid: 0, owner: owner, kind: .stakePool)
        for (user, amount) in stakes { try pool.contribute(user: user, amount: .pha(amount)) }
        return pool
    }

    @Test func stakePoolWithdrawalsOfDustOrMoreThanHeldAreInvalidAmounts() throws {
        var pool = try pool([(alice, 10)])
        #expect(throws: StakePoolError.invalidWithdrawalAmount) {
            try pool.withdraw(user: alice, shares: Balance(planck: 1000), now: 0)
        }
        try pool.withdraw(user: alice, shares: .pha(4), now: 0)
        // 6 held + 4 queued may be asked for again; 10 PHA + 1 planck may not.
        #expect(throws: StakePoolError.invalidWithdrawalAmount) {
            try pool.withdraw(user: alice, shares: StakePoolFixture.pha(10, planck: 1), now: 1)
        }
        try pool.withdraw(user: alice, shares: .pha(10), now: 1)
        #expect(pool.shares(of: alice) == .zero)
        #expect(pool.queuedShares(of: alice) == .pha(10))
        StakePoolFixture.expectSharesBalance(pool)
        #expect(throws: StakePoolError.noNftToWithdraw) { try pool.withdraw(user: bob, shares: .pha(1), now: 1) }
    }

    @Test func vaultWithdrawalsOfDustOrMoreThanHeldHaveNotEnoughShares() throws {
        var vault = BasePool(pid: 1, owner: owner, kind: .vault)
        try vault.contribute(user: alice, amount: .pha(10))
        #expect(throws: StakePoolError.noEnoughShareToClaim) {
            try vault.withdraw(user: alice, shares: Balance(planck: 1000), now: 0)
        }
        #expect(throws: StakePoolError.noEnoughShareToClaim) {
            try vault.withdraw(user: alice, shares: .pha(11), now: 0)
        }
    }

    @Test func reRequestingMovesTheRequestToTheBackAndResetsItsStartTime() throws {
        var pool = try pool([(alice, 300), (bob, 300)])
        try pool.withdraw(user: alice, shares: .pha(100), now: 10)
        try pool.withdraw(user: bob, shares: .pha(50), now: 20)
        try pool.withdraw(user: alice, shares: .pha(150), now: 30)
        #expect(
            pool.withdrawQueue == [
                WithdrawRequest(user: bob, startTime: 20, shares: .pha(50)),
                WithdrawRequest(user: alice, startTime: 30, shares: .pha(150)),
            ]
        )
        #expect(pool.shares(of: alice) == .pha(150))
        StakePoolFixture.expectSharesBalance(pool)
    }

    @Test func nothingIsPaidWhileFreeStakeIsAtMostTheMinimumBalance() throws {
        var pool = try pool([(alice, 300)])
        try pool.withdraw(user: alice, shares: .pha(100), now: 0)
        #expect(try pool.processWithdrawQueue(free: min, minBalance: min) == [])
        #expect(pool.queuedShares(of: alice) == .pha(100))
    }

    @Test func aPartlyFilledRequestStaysAtTheFront() throws {
        var pool = try pool([(alice, 300), (bob, 300)])
        try pool.withdraw(user: alice, shares: .pha(200), now: 0)
        try pool.withdraw(user: bob, shares: .pha(100), now: 1)
        let paid = try pool.processWithdrawQueue(free: .pha(150), minBalance: min)
        #expect(paid == [Withdrawal(user: alice, amount: .pha(150), shares: .pha(150), burntShares: .zero)])
        #expect(pool.withdrawQueue.first == WithdrawRequest(user: alice, startTime: 0, shares: .pha(50)))
        #expect(pool.totalValue == .pha(450))
        StakePoolFixture.expectSharesBalance(pool)
    }

    @Test func aDustRemainderIsRemovedWithThePaidShares() throws {
        var pool = BasePool(pid: 0, owner: owner, kind: .stakePool)
        try pool.contribute(user: alice, amount: StakePoolFixture.pha(100, planck: 500))
        try pool.withdraw(user: alice, shares: StakePoolFixture.pha(100, planck: 500), now: 0)
        let paid = try pool.processWithdrawQueue(free: .pha(100), minBalance: min)
        #expect(
            paid == [
                Withdrawal(
                    user: alice,
                    amount: .pha(100),
                    shares: StakePoolFixture.pha(100, planck: 500),
                    burntShares: .zero
                )
            ]
        )
        #expect(pool.withdrawQueue.isEmpty)
        #expect(pool.totalShares == .zero)
        // 500 planck of value is left: dust, so the value is zeroed.
        #expect(pool.totalValue == .zero)
    }

    @Test func aRemainderWorthAtMostTheMinimumIsBurntAfterThePayout() throws {
        var pool = BasePool(pid: 0, owner: owner, kind: .stakePool)
        try pool.contribute(user: alice, amount: StakePoolFixture.pha(100, planck: 5000))
        try pool.contribute(user: bob, amount: .pha(1))
        try pool.withdraw(user: alice, shares: StakePoolFixture.pha(100, planck: 5000), now: 0)
        let paid = try pool.processWithdrawQueue(free: .pha(100), minBalance: min)
        #expect(
            paid == [Withdrawal(user: alice, amount: .pha(100), shares: .pha(100), burntShares: Balance(planck: 5000))]
        )
        #expect(pool.withdrawQueue.isEmpty)
        #expect(pool.totalShares == .pha(1))
        // The burnt 5000 shares leave their 5000 planck of value to Bob.
        #expect(pool.totalValue == StakePoolFixture.pha(1, planck: 5000))
        StakePoolFixture.expectSharesBalance(pool)
    }

    @Test func aBurntDustRequestRaisesThePriceTheNextPayoutIsValuedAt() throws {
        // Expected numbers from a Python emulation of base_pool.rs's fixed-point steps (not a Phala
        // vector): take = bdiv(free, start price) but amount = min(bmul(take, live price), free).
        let carol = StakePoolFixture.account(3)
        var pool = try pool([(alice, 100)])
        #expect(try pool.contribute(user: carol, amount: Balance(planck: 50_000_000)) == Balance(planck: 49_999_999))
        try pool.withdraw(user: carol, shares: Balance(planck: 49_999_999), now: 0)
        try pool.withdraw(user: alice, shares: .pha(100), now: 1)
        let paid = try pool.processWithdrawQueue(free: .pha(50), minBalance: min)
        #expect(
            paid == [
                Withdrawal(
                    user: alice,
                    amount: .pha(50),
                    shares: Balance(planck: 49_999_999_999_999),
                    burntShares: .zero
                ),
                Withdrawal(user: carol, amount: .zero, shares: .zero, burntShares: Balance(planck: 49_999_999)),
            ]
        )
        #expect(
            pool.withdrawQueue == [
                WithdrawRequest(user: alice, startTime: 1, shares: Balance(planck: 50_000_000_000_001))
            ]
        )
        #expect(pool.totalShares == Balance(planck: 50_000_000_000_001))
        #expect(pool.totalValue == Balance(planck: 50_000_050_000_000))
        StakePoolFixture.expectSharesBalance(pool)
    }

    @Test func outcomesAreAggregatedPerUserInAccountIdOrder() throws {
        let late = StakePoolFixture.account(9)
        var pool = try pool([(late, 300), (alice, 300)])
        try pool.withdraw(user: late, shares: .pha(100), now: 0)
        try pool.withdraw(user: alice, shares: .pha(100), now: 1)
        let paid = try pool.processWithdrawQueue(free: .pha(500), minBalance: min)
        #expect(paid.map(\.user) == [alice, late])
        #expect(paid.map(\.amount) == [.pha(100), .pha(100)])
        StakePoolFixture.expectSharesBalance(pool)
    }

    @Test func expiredWithdrawalsAreThoseThatDoNotFitTheBudgetAfterTheGracePeriod() throws {
        let grace: UInt64 = 604_800
        var pool = try pool([(alice, 300), (bob, 300)])
        try pool.withdraw(user: alice, shares: .pha(100), now: 1000)
        try pool.withdraw(user: bob, shares: .pha(100), now: 2000)
        func expired(now: UInt64, releasing: UInt64, free: UInt64, vaultPeriod: UInt64? = nil) -> Bool {
            pool.hasExpiredWithdrawal(
                now: now,
                grace: grace,
                vaultPeriod: vaultPeriod,
                releasing: .pha(releasing),
                free: .pha(free)
            )
        }
        // Alice fits (50 free + 50 releasing); Bob does not and has waited exactly the grace period.
        #expect(!expired(now: 2000 + grace, releasing: 50, free: 50))
        #expect(expired(now: 2001 + grace, releasing: 50, free: 50))
        // Everything fits: never expired.
        #expect(!expired(now: 10_000_000, releasing: 100, free: 100))
        // A vault request older than the vault period expires even when it fits.
        #expect(expired(now: 1001 + 1_814_400, releasing: 0, free: 200, vaultPeriod: 1_814_400))
        #expect(!expired(now: 1000 + 1_814_400, releasing: 0, free: 200, vaultPeriod: 1_814_400))
    }

    @Test func aPoolWithoutPriceHasNoExpiredWithdrawal() {
        let pool = BasePool(pid: 0, owner: owner, kind: .stakePool)
        #expect(!pool.hasExpiredWithdrawal(now: .max, grace: 0, vaultPeriod: 0, releasing: .zero, free: .zero))
    }
}
