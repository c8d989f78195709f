import PalletBalances
import PalletSystem
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

@Suite struct TransferTests {
    static let deposit = Balances.Configuration().existentialDeposit

    static func insufficient(_ error: Balances.Error) -> DispatchError {
        .module(ModuleError(index: PalletIndex.balances, error: error.rawValue))
    }

    @Test func transferAllowDeathMovesFundsAndEndowsANewAccount() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        try world.dispatch(
            .balances(.transferAllowDeath(dest: .id(DevAccount.charlie.id), value: .pha(10))),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.free(.alice) == .pha(90))
        #expect(try world.free(.charlie) == .pha(10))
        #expect(try world.account(.charlie).providers == 1)
        let events = try world.events().map(\.event)
        #expect(
            events == [
                .system(.newAccount(account: DevAccount.charlie.id)),
                .balances(.endowed(account: DevAccount.charlie.id, freeBalance: .pha(10))),
                .balances(.transferred(from: DevAccount.alice.id, to: DevAccount.charlie.id, amount: .pha(10))),
            ]
        )
    }

    @Test func transferAllowDeathMayEmptyTheSenderAndBurnItsDust() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        let value = Balance.pha(100).saturatingSubtracting(Balance(planck: 1))
        try world.dispatch(
            .balances(.transferAllowDeath(dest: .id(DevAccount.bob.id), value: value)),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.account(.alice) == System.AccountInfo())
        #expect(try world.totalIssuance() == Balance.pha(200).saturatingSubtracting(Balance(planck: 1)))
        let events = try world.events().map(\.event)
        #expect(events.contains(.system(.killedAccount(account: DevAccount.alice.id))))
        #expect(events.contains(.balances(.dustLost(account: DevAccount.alice.id, amount: Balance(planck: 1)))))
    }

    @Test func transferKeepAliveRefusesToKillTheSenderAndChangesNothing() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        try world.expectNoop(Self.insufficient(.expendability)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(100))),
                as: .signed(DevAccount.alice.id)
            )
        }
        try world.dispatch(
            .balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(99))),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.free(.alice) == .pha(1))
    }

    @Test func transferAboveTheFreeBalanceFailsWithInsufficientBalance() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        try world.expectNoop(Self.insufficient(.insufficientBalance)) {
            (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .balances(.transferAllowDeath(dest: .id(DevAccount.bob.id), value: .pha(101))),
                as: .signed(DevAccount.alice.id)
            )
        }
    }

    @Test func transferBelowTheExistentialDepositToANewAccountFailsAndChangesNothing() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        let dust = Self.deposit.saturatingSubtracting(Balance(planck: 1))
        try world.expectNoop(Self.insufficient(.existentialDeposit)) {
            (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .balances(.transferAllowDeath(dest: .id(DevAccount.dave.id), value: dust)),
                as: .signed(DevAccount.alice.id)
            )
        }
    }

    @Test func forceTransferNeedsRootAndMovesBetweenAnyAccounts() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        let call = RuntimeCall.balances(
            .forceTransfer(source: .id(DevAccount.bob.id), dest: .id(DevAccount.alice.id), value: .pha(5))
        )
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(call, as: .signed(DevAccount.alice.id))
        }
        try world.dispatch(call, as: .root)
        #expect(try world.free(.alice) == .pha(105))
        #expect(try world.free(.bob) == .pha(95))
    }

    @Test func transferAllKeepingAliveLeavesTheExistentialDeposit() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        try world.dispatch(
            .balances(.transferAll(dest: .id(DevAccount.bob.id), keepAlive: true)),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.free(.alice) == Self.deposit)
        try world.dispatch(
            .balances(.transferAll(dest: .id(DevAccount.bob.id), keepAlive: false)),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.account(.alice) == System.AccountInfo())
        #expect(try world.free(.bob) == .pha(200))
    }

    @Test func forceSetBalanceMintsAndBurnsTheDifference() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        try world.dispatch(.balances(.forceSetBalance(who: .id(DevAccount.eve.id), newFree: .pha(7))), as: .root)
        #expect(try world.totalIssuance() == .pha(107))
        try world.dispatch(.balances(.forceSetBalance(who: .id(DevAccount.alice.id), newFree: .zero)), as: .root)
        #expect(try world.totalIssuance() == .pha(7))
        #expect(try world.account(.alice) == System.AccountInfo())
    }

    @Test func addressesOtherThanAnAccountIdCannotBeLookedUp() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        try world.expectNoop(.cannotLookup) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .balances(.transferAllowDeath(dest: .index(3), value: .pha(1))),
                as: .signed(DevAccount.alice.id)
            )
        }
    }
}
