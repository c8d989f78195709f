import PalletStakePools
import PhalaPrimitives
import Testing

/// Accounts and checks shared by the BasePool suites.
enum StakePoolFixture {
    /// The W-PHA asset minimum balance in Phala's tests (1e8 planck).
    static let minBalance = Balance(planck: 100_000_000)

    /// Test account number `n` (all 32 bytes equal `n`), standing in for Phala's `AccountId = u64` accounts.
    static func account(_ n: UInt8) -> AccountId32 { AccountId32(FixedBytes(repeating: n)) }

    /// `whole` PHA plus `planck`.
    static func pha(_ whole: UInt64, planck: UInt128 = 0) -> Balance {
        Balance(planck: Balance.pha(whole).planck + planck)
    }

    /// Σ holdings + Σ queued + owner shares must equal the pool's total shares.
    static func expectSharesBalance(
        _ pool: BasePool,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let held = pool.holdings.values.reduce(UInt128(0)) { $0 + $1.planck }
        let queued = pool.withdrawQueue.reduce(UInt128(0)) { $0 + $1.shares.planck }
        #expect(held + queued + pool.ownerShares.planck == pool.totalShares.planck, sourceLocation: sourceLocation)
    }
}
