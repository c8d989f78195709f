import PalletBalances
import PalletSudo
import PalletSystem
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

@Suite struct SudoTests {
    static let mint = RuntimeCall.balances(.forceSetBalance(who: .id(DevAccount.dave.id), newFree: .pha(5)))

    @Test func theKeyDispatchesAsRoot() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)], sudo: .alice)
        try world.dispatch(.sudo(.sudo(call: Self.mint)), as: .signed(DevAccount.alice.id))
        #expect(try world.free(.dave) == .pha(5))
        #expect(try world.events().map(\.event).last == .sudo(.sudid(sudoResult: .success(Empty()))))
    }

    @Test func anyoneElseIsRefusedAndNothingChanges() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)], sudo: .alice)
        try world.expectNoop(.module(ModuleError(index: PalletIndex.sudo, error: 0))) {
            (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.sudo(.sudo(call: Self.mint)), as: .signed(DevAccount.bob.id))
        }
    }

    @Test func theInnerCallsFailureIsReportedNotThrown() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)], sudo: .alice)
        let signedOnly = RuntimeCall.system(.remarkWithEvent(remark: [1]))
        try world.dispatch(.sudo(.sudo(call: signedOnly)), as: .signed(DevAccount.alice.id))
        #expect(try world.events().map(\.event).last == .sudo(.sudid(sudoResult: .failure(.badOrigin))))
    }

    @Test func theKeyCanBeHandedOverAndSudoAsSignsForAnother() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)], sudo: .alice)
        let payCharlie = RuntimeCall.balances(.transferAllowDeath(dest: .id(DevAccount.charlie.id), value: .pha(1)))
        try world.dispatch(
            .sudo(.sudoAs(who: .id(DevAccount.bob.id), call: payCharlie)),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.free(.bob) == .pha(99))
        try world.dispatch(.sudo(.setKey(new: .id(DevAccount.bob.id))), as: .signed(DevAccount.alice.id))
        #expect(
            try world.events().map(\.event).last == .sudo(.keyChanged(old: DevAccount.alice.id, new: DevAccount.bob.id))
        )
        try world.dispatch(.sudo(.sudo(call: Self.mint)), as: .signed(DevAccount.bob.id))
        #expect(try world.free(.dave) == .pha(5))
    }
}
