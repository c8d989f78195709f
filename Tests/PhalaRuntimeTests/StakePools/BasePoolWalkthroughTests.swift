import PalletStakePools
import PhalaPrimitives
import Testing

// phala-facts.md §4.9, the withdraw walkthrough of Phala's pallets/phala/src/test.rs `test_withdraw`
// (snapshots withdraw1–withdraw8), replayed at the BasePool level. The pallet's money movement is
// modelled by `free` (the pool account's W-PHA) and `staked` (stake held by computing workers).
@Suite struct BasePoolWalkthroughTests {
    let owner = StakePoolFixture.account(100)
    let a1 = StakePoolFixture.account(1)
    let a2 = StakePoolFixture.account(2)
    let a3 = StakePoolFixture.account(3)
    let a99 = StakePoolFixture.account(99)
    let vault1Account = StakePoolFixture.account(201)
    let min = StakePoolFixture.minBalance

    /// A pool and the W-PHA around it; `check()` asserts no value appeared or vanished.
    struct Ledger {
        var pool: BasePool
        var free: Balance = .zero
        var staked: Balance = .zero

        mutating func contribute(_ user: AccountId32, _ amount: Balance) throws -> [Withdrawal] {
            try pool.contribute(user: user, amount: amount)
            free = free.saturatingAdding(amount)
            return try process()
        }

        mutating func withdraw(_ user: AccountId32, _ shares: Balance, now: UInt64 = 0) throws -> [Withdrawal] {
            try pool.withdraw(user: user, shares: shares, now: now)
            return try process()
        }

        mutating func process() throws -> [Withdrawal] {
            let paid = try pool.processWithdrawQueue(free: free, minBalance: StakePoolFixture.minBalance)
            for outcome in paid { free = free.saturatingSubtracting(outcome.amount) }
            check()
            return paid
        }

        func check(sourceLocation: SourceLocation = #_sourceLocation) {
            StakePoolFixture.expectSharesBalance(pool, sourceLocation: sourceLocation)
            #expect(pool.totalValue == free.saturatingAdding(staked), sourceLocation: sourceLocation)
        }
    }

    /// Setup: A2, A1 and A3 contribute 300 each; workers take 400 and 300, leaving 200 free.
    func pool0() throws -> Ledger {
        var ledger = Ledger(pool: BasePool(pid: 0, owner: owner, kind: .stakePool))
        for user in [a2, a1, a3] { #expect(try ledger.contribute(user, .pha(300)) == []) }
        ledger.free = .pha(200)
        ledger.staked = .pha(700)
        ledger.check()
        return ledger
    }

    @Test func withdraw1To3PayFromFreeStakeAndANewContributionPaysTheQueue() throws {
        var ledger = try pool0()
        // withdraw1: A2 asks for 300 shares; 200 paid now, 100 stay queued.
        #expect(
            try ledger.withdraw(a2, .pha(300)) == [
                Withdrawal(user: a2, amount: .pha(200), shares: .pha(200), burntShares: .zero)
            ]
        )
        #expect(ledger.pool.withdrawQueue == [WithdrawRequest(user: a2, startTime: 0, shares: .pha(100))])
        // withdraw2: A99's 300 buys 300 shares and pays A2's remaining 100.
        #expect(
            try ledger.contribute(a99, .pha(300)) == [
                Withdrawal(user: a2, amount: .pha(100), shares: .pha(100), burntShares: .zero)
            ]
        )
        #expect(ledger.pool.shares(of: a99) == .pha(300))
        #expect(ledger.pool.withdrawQueue.isEmpty)
        // withdraw3: A1 withdraws 200, paid immediately; 100 shares left.
        #expect(
            try ledger.withdraw(a1, .pha(200)) == [
                Withdrawal(user: a1, amount: .pha(200), shares: .pha(200), burntShares: .zero)
            ]
        )
        #expect(ledger.pool.shares(of: a1) == .pha(100))
        #expect(ledger.free == .zero)
        #expect(ledger.pool.totalShares == .pha(700))

        // withdraw4: vault1 (A1 and A99 put in 300 each) invests 500 in pool 0; A1 withdraws 200 from vault1.
        var vault = Ledger(pool: BasePool(pid: 1, owner: owner, kind: .vault))
        _ = try vault.contribute(a1, .pha(300))
        _ = try vault.contribute(a99, .pha(300))
        _ = try ledger.contribute(vault1Account, .pha(500))
        vault.free = .pha(100)
        vault.staked = .pha(500)
        #expect(
            try vault.withdraw(a1, .pha(200)) == [
                Withdrawal(user: a1, amount: .pha(100), shares: .pha(100), burntShares: .zero)
            ]
        )
        #expect(vault.pool.queuedShares(of: a1) == .pha(100))
        // withdraw5: A3 withdraws 200 from pool 0: paid, 300 free left.
        #expect(
            try ledger.withdraw(a3, .pha(200)) == [
                Withdrawal(user: a3, amount: .pha(200), shares: .pha(200), burntShares: .zero)
            ]
        )
        #expect(ledger.free == .pha(300))
        // withdraw6: vault1 withdraws 400 shares from pool 0: 300 paid to the vault account, 100 queued.
        #expect(
            try ledger.withdraw(vault1Account, .pha(400))
                == [Withdrawal(user: vault1Account, amount: .pha(300), shares: .pha(300), burntShares: .zero)]
        )
        #expect(ledger.pool.queuedShares(of: vault1Account) == .pha(100))
    }

    @Test func withdraw7BurnsAWithdrawalWorthLessThanTheMinimumAndWithdraw8GainsOwnerShares() throws {
        var vault2 = Ledger(pool: BasePool(pid: 2, owner: owner, kind: .vault))
        var checkpoint = Balance.pha(1)  // InitialPriceCheckPoint = 1 DOLLAR
        // withdraw7: A99 puts in 300 PHA + 100000 planck, then withdraws 100000 planck-shares.
        #expect(try vault2.pool.gainOwnerShares(commission: .zero, checkpoint: &checkpoint) == nil)
        _ = try vault2.contribute(a99, StakePoolFixture.pha(300, planck: 100_000))
        #expect(try vault2.pool.gainOwnerShares(commission: .zero, checkpoint: &checkpoint) == nil)
        let burnt = try vault2.withdraw(a99, Balance(planck: 100_000))
        #expect(burnt == [Withdrawal(user: a99, amount: .zero, shares: .zero, burntShares: Balance(planck: 100_000))])
        #expect(vault2.pool.totalShares == .pha(300))
        // withdraw8: the vault invests 299.99 PHA; A99 withdraws 300 shares after the owner's shares are settled.
        vault2.free = StakePoolFixture.pha(0, planck: 10_000_100_000)
        vault2.staked = StakePoolFixture.pha(299, planck: 990_000_000_000)
        vault2.check()
        #expect(try vault2.pool.gainOwnerShares(commission: .zero, checkpoint: &checkpoint) == Balance(planck: 100))
        #expect(checkpoint == Balance(planck: 1_000_000_000_333))
        let paid = try vault2.withdraw(a99, .pha(300))
        #expect(
            paid == [
                Withdrawal(
                    user: a99,
                    amount: Balance(planck: 10_000_099_999),
                    shares: Balance(planck: 10_000_099_996),
                    burntShares: .zero
                )
            ]
        )
    }
}
