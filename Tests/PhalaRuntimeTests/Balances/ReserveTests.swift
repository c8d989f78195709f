import PalletBalances
import PalletSystem
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

@Suite struct ReserveTests {
    @Test func reservedFundsStayCountedButCannotBeTransferred() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        let balances = world.runtime.balances
        try balances.reserve(.pha(60), from: DevAccount.alice.id, in: &world.block.state)
        #expect(try world.account(.alice).data.reserved == .pha(60))
        #expect(try world.account(.alice).consumers == 1)
        try world.expectNoop(
            .module(ModuleError(index: PalletIndex.balances, error: Balances.Error.insufficientBalance.rawValue))
        ) {
            (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .balances(.transferAllowDeath(dest: .id(DevAccount.bob.id), value: .pha(41))),
                as: .signed(DevAccount.alice.id)
            )
        }
        let left = try balances.unreserve(.pha(70), from: DevAccount.alice.id, in: &world.block.state)
        #expect(left == .pha(10))
        #expect(try world.account(.alice).consumers == 0)
        try world.checkInvariants(&world.block.state)
    }

    @Test func frozenFundsBlockTransfersBelowTheLargestFreeze() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        let balances = world.runtime.balances
        let staking = FixedBytes<8>(repeating: 1)
        let voting = FixedBytes<8>(repeating: 2)
        try balances.setFreeze(staking, amount: .pha(30), on: DevAccount.alice.id, in: &world.block.state)
        try balances.setFreeze(voting, amount: .pha(50), on: DevAccount.alice.id, in: &world.block.state)
        #expect(try world.account(.alice).data.frozen == .pha(50))
        try world.expectNoop(
            .module(ModuleError(index: PalletIndex.balances, error: Balances.Error.liquidityRestrictions.rawValue))
        ) {
            (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .balances(.transferAllowDeath(dest: .id(DevAccount.bob.id), value: .pha(51))),
                as: .signed(DevAccount.alice.id)
            )
        }
        try balances.setFreeze(voting, amount: .zero, on: DevAccount.alice.id, in: &world.block.state)
        #expect(try world.account(.alice).data.frozen == .pha(30))
        try world.dispatch(
            .balances(.transferAllowDeath(dest: .id(DevAccount.bob.id), value: .pha(70))),
            as: .signed(DevAccount.alice.id)
        )
        let events = try world.events().map(\.event)
        #expect(events.contains(.balances(.thawed(who: DevAccount.alice.id, amount: .pha(20)))))
        try world.checkInvariants(&world.block.state)
    }
}
