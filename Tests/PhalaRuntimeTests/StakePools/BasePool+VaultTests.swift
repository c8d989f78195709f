import PalletStakePools
import PhalaPrimitives
import Testing

// phala-facts.md §4.6 (vault owner commission, `do_gain_owner_share`).
@Suite struct BasePoolVaultTests {
    let owner = StakePoolFixture.account(100)
    let alice = StakePoolFixture.account(1)

    @Test func aFiftyPercentCommissionOnNav150Over100SharesMintsTwentyOwnerShares() throws {
        var vault = BasePool(pid: 1, owner: owner, kind: .vault)
        try vault.contribute(user: alice, amount: .pha(100))
        vault.distributeReward(.pha(50))
        var checkpoint = Balance.pha(1)
        let gained = try vault.gainOwnerShares(commission: Permill(parts: 500_000), checkpoint: &checkpoint)
        #expect(gained == .pha(20))
        #expect(checkpoint == Balance(planck: 1_250_000_000_000))
        #expect(vault.totalShares == .pha(120))
        #expect(vault.ownerShares == .pha(20))
        #expect(vault.sharePrice == U64F64(bits: 5 << 62))
        StakePoolFixture.expectSharesBalance(vault)
        // Nothing more while the price stays at the checkpoint.
        #expect(try vault.gainOwnerShares(commission: Permill(parts: 500_000), checkpoint: &checkpoint) == nil)
    }

    @Test func aZeroCheckpointIsSetToTheCurrentPriceWithoutMintingShares() throws {
        var vault = BasePool(pid: 1, owner: owner, kind: .vault)
        try vault.contribute(user: alice, amount: .pha(100))
        vault.distributeReward(.pha(50))
        var checkpoint = Balance.zero
        #expect(try vault.gainOwnerShares(commission: Permill(parts: 500_000), checkpoint: &checkpoint) == nil)
        #expect(checkpoint == Balance(planck: 1_500_000_000_000))
        #expect(vault.totalShares == .pha(100))
    }

    @Test func aVaultsQueuedSharesCountTowardItsRewardShare() throws {
        let vaultAccount = StakePoolFixture.account(9)
        var pool = BasePool(pid: 0, owner: owner, kind: .stakePool)
        try pool.contribute(user: vaultAccount, amount: .pha(50))
        try pool.contribute(user: alice, amount: .pha(50))
        try pool.withdraw(user: vaultAccount, shares: .pha(20), now: 0)
        #expect(try pool.vaultRewardShare(vaultAccount: vaultAccount, reward: .pha(100)) == .pha(50))
        #expect(try pool.vaultRewardShare(vaultAccount: owner, reward: .pha(100)) == .zero)
    }

    @Test func aPoolWithoutSharesGivesAVaultNoRewardShare() throws {
        let pool = BasePool(pid: 0, owner: owner, kind: .stakePool)
        #expect(try pool.vaultRewardShare(vaultAccount: alice, reward: .pha(100)) == .zero)
    }
}
