import PalletStakePools
import PhalaPrimitives
import Testing

// phala-facts.md §4.9: Phala's pallets/phala/src/test.rs `test_withdraw` with its insta snapshots
// withdraw1–withdraw9 (phala-blockchain 654b1b69, pallets/phala/src/snapshots/), dispatched through the
// pallet. The expected events are the pallet events of each snapshot; the NFT, asset and RMRK events
// have no counterpart here (shares are records, W-PHA is this pallet's ledger).
@Suite struct WithdrawWalkthroughTests {
    typealias World = StakePoolWorld
    let a1 = World.account(1)
    let a2 = World.account(2)
    let a3 = World.account(3)
    let a99 = World.account(99)

    @Test func withdraw1To9PayExactlyTheSnapshotAmountsWithTheSnapshotEvents() throws {
        var world = try World()
        try world.dispatch(.wrap(amount: .pha(500)), by: 1)
        try world.dispatch(.wrap(amount: .pha(500)), by: 2)
        try world.dispatch(.wrap(amount: .pha(500)), by: 3)
        try world.dispatch(.wrap(amount: .pha(5_000)), by: 99)
        world.setupWorkers(2)
        let pool0 = try world.setupStakePool(owner: 1, workers: [1, 2])
        for who: UInt8 in [2, 1, 3] {
            try world.dispatch(.contribute(pid: pool0, amount: .pha(300), asVault: nil), by: who)
        }
        try world.dispatch(.startComputing(pid: pool0, worker: World.worker(1), stake: .pha(400)), by: 1)
        try world.dispatch(.startComputing(pid: pool0, worker: World.worker(2), stake: .pha(300)), by: 1)
        _ = try world.takeEvents()

        // withdraw1: A2 asks for 300 shares; 200 paid, 100 stay queued.
        try world.dispatch(.withdraw(pid: pool0, shares: .pha(300), asVault: nil), by: 2)
        #expect(
            try world.takeEvents() == [
                .withdrawalQueued(pid: 0, user: a2, shares: .pha(300), asVault: nil),
                .withdrawal(pid: 0, user: a2, amount: .pha(200), shares: .pha(200), burntShares: .zero),
            ]
        )
        #expect(try world.stakePool(pool0).basePool.queuedShares(of: a2) == .pha(100))
        #expect(try world.shares(of: a2, in: pool0) == .zero)
        #expect(try world.wpha(a2) == .pha(400))

        // withdraw2: A99 contributes 300; the queue pays A2's 100 first.
        try world.dispatch(.contribute(pid: pool0, amount: .pha(300), asVault: nil), by: 99)
        #expect(
            try world.takeEvents() == [
                .withdrawal(pid: 0, user: a2, amount: .pha(100), shares: .pha(100), burntShares: .zero),
                .contribution(pid: 0, user: a99, amount: .pha(300), shares: .pha(300), asVault: nil),
            ]
        )
        #expect(try world.stakePool(pool0).basePool.withdrawQueue.isEmpty)
        #expect(try world.wpha(a2) == .pha(500))

        // withdraw3: A1 withdraws 200, paid at once; 100 shares left.
        try world.dispatch(.withdraw(pid: pool0, shares: .pha(200), asVault: nil), by: 1)
        #expect(
            try world.takeEvents() == [
                .withdrawalQueued(pid: 0, user: a1, shares: .pha(200), asVault: nil),
                .withdrawal(pid: 0, user: a1, amount: .pha(200), shares: .pha(200), burntShares: .zero),
            ]
        )
        #expect(try world.wpha(a1) == .pha(400))
        #expect(try world.shares(of: a1, in: pool0) == .pha(100))

        // withdraw4: vault1 (A1 and A99 put in 300 each) invests 500 in pool 0; A1 withdraws 200 from vault1.
        let vault1 = try world.setupVault(owner: 99)
        #expect(vault1 == 1)
        try world.dispatch(.vaultContribute(pid: vault1, amount: .pha(300)), by: 1)
        try world.dispatch(.vaultContribute(pid: vault1, amount: .pha(300)), by: 99)
        try world.dispatch(.contribute(pid: pool0, amount: .pha(500), asVault: vault1), by: 99)
        _ = try world.takeEvents()
        try world.dispatch(.vaultWithdraw(pid: vault1, shares: .pha(200)), by: 1)
        #expect(
            try world.takeEvents() == [
                .withdrawalQueued(pid: 1, user: a1, shares: .pha(200), asVault: nil),
                .withdrawal(pid: 1, user: a1, amount: .pha(100), shares: .pha(100), burntShares: .zero),
            ]
        )
        #expect(try world.vault(vault1).basePool.queuedShares(of: a1) == .pha(100))
        #expect(try world.shares(of: a1, in: vault1) == .pha(100))
        #expect(try world.wpha(a1) == .pha(200))

        // withdraw5: A3 withdraws 200 from pool 0; 300 free left.
        try world.dispatch(.withdraw(pid: pool0, shares: .pha(200), asVault: nil), by: 3)
        #expect(
            try world.takeEvents() == [
                .withdrawalQueued(pid: 0, user: a3, shares: .pha(200), asVault: nil),
                .withdrawal(pid: 0, user: a3, amount: .pha(200), shares: .pha(200), burntShares: .zero),
            ]
        )
        #expect(try world.wpha(try world.stakePool(pool0).poolAccount) == .pha(300))

        // withdraw6: vault1 withdraws 400 shares from pool 0: 300 paid to the vault, 100 queued, 100 held.
        let vault1Account = try world.vault(vault1).poolAccount
        try world.dispatch(.withdraw(pid: pool0, shares: .pha(400), asVault: vault1), by: 99)
        #expect(
            try world.takeEvents() == [
                .withdrawalQueued(pid: 0, user: vault1Account, shares: .pha(400), asVault: 1),
                .withdrawal(pid: 0, user: vault1Account, amount: .pha(300), shares: .pha(300), burntShares: .zero),
            ]
        )
        #expect(try world.stakePool(pool0).basePool.queuedShares(of: vault1Account) == .pha(100))
        #expect(try world.shares(of: vault1Account, in: pool0) == .pha(100))
        #expect(try world.wpha(vault1Account) == .pha(300))

        // withdraw7: vault2; A99 puts in 300 PHA + 100000 planck, then withdraws 100000 planck-shares,
        // worth less than the W-PHA minimum: burnt without payout.
        let vault2 = try world.setupVault(owner: 99)
        try world.dispatch(.vaultContribute(pid: vault2, amount: Balance(planck: 300_000_000_100_000)), by: 99)
        _ = try world.takeEvents()
        try world.dispatch(.vaultWithdraw(pid: vault2, shares: Balance(planck: 100_000)), by: 99)
        #expect(
            try world.takeEvents() == [
                .withdrawalQueued(pid: 2, user: a99, shares: Balance(planck: 100_000), asVault: nil),
                .withdrawal(pid: 2, user: a99, amount: .zero, shares: .zero, burntShares: Balance(planck: 100_000)),
            ]
        )

        // withdraw8: vault2 invests 299.99 in pool 0; A99 withdraws 300 shares after the owner's shares
        // are settled (the price rounding mints 100 shares even at 0 commission).
        try world.dispatch(
            .contribute(pid: pool0, amount: Balance(planck: 299_990_000_000_000), asVault: vault2),
            by: 99
        )
        _ = try world.takeEvents()
        try world.dispatch(.vaultWithdraw(pid: vault2, shares: .pha(300)), by: 99)
        #expect(
            try world.takeEvents() == [
                .ownerSharesGained(
                    pid: 2,
                    shares: Balance(planck: 100),
                    checkoutPrice: Balance(planck: 1_000_000_000_333)
                ),
                .withdrawalQueued(pid: 2, user: a99, shares: .pha(300), asVault: nil),
                .withdrawal(
                    pid: 2,
                    user: a99,
                    amount: Balance(planck: 10_000_099_999),
                    shares: Balance(planck: 10_000_099_996),
                    burntShares: .zero
                ),
            ]
        )

        // withdraw9: anyone runs vault1's check; A1's queued 100 is paid from what pool 0 paid the vault.
        try world.dispatch(.vaultCheckAndMaybeForceWithdraw(vaultPid: vault1), by: 4)
        #expect(
            try world.takeEvents() == [
                .withdrawal(pid: 1, user: a1, amount: .pha(100), shares: .pha(100), burntShares: .zero)
            ]
        )
        #expect(try world.vault(vault1).basePool.withdrawQueue.isEmpty)
    }
}
