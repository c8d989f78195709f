import PalletBalances
import PalletSystem
import PalletUtility
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

@Suite struct BatchTests {
    static func pay(_ account: DevAccount, _ amount: UInt64) -> RuntimeCall {
        .balances(.transferAllowDeath(dest: .id(account.id), value: .pha(amount)))
    }

    static let tooMuch = pay(.charlie, 1_000)
    static let insufficient = DispatchError.module(
        ModuleError(index: 1, error: Balances.Error.insufficientBalance.rawValue)
    )

    @Test func batchStopsAtTheFirstFailureAndKeepsWhatCameBefore() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        try world.dispatch(
            .utility(.batch(calls: [Self.pay(.bob, 10), Self.tooMuch, Self.pay(.charlie, 10)])),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.free(.bob) == .pha(10))
        #expect(try world.free(.charlie) == .zero)
        let events = try world.events().map(\.event)
        #expect(events.contains(.utility(.itemCompleted)))
        #expect(events.last == .utility(.batchInterrupted(index: 1, error: Self.insufficient)))
    }

    @Test func batchAllUndoesEveryCallWhenOneFails() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        try world.expectNoop(Self.insufficient) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .utility(.batchAll(calls: [Self.pay(.bob, 10), Self.tooMuch])),
                as: .signed(DevAccount.alice.id)
            )
        }
        try world.dispatch(
            .utility(.batchAll(calls: [Self.pay(.bob, 10), Self.pay(.charlie, 10)])),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.free(.alice) == .pha(80))
        #expect(try world.events().map(\.event).last == .utility(.batchCompleted))
    }

    @Test func batchAllInsideABatchRollsBackOnlyItsOwnCalls() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        let inner = RuntimeCall.utility(.batchAll(calls: [Self.pay(.charlie, 10), Self.tooMuch]))
        try world.dispatch(.utility(.batch(calls: [Self.pay(.bob, 10), inner])), as: .signed(DevAccount.alice.id))
        #expect(try world.free(.bob) == .pha(10))
        #expect(try world.free(.charlie) == .zero)
        #expect(try world.free(.alice) == .pha(90))
    }

    @Test func forceBatchRunsEveryCallAndReportsTheFailures() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        try world.dispatch(
            .utility(.forceBatch(calls: [Self.tooMuch, Self.pay(.bob, 10)])),
            as: .signed(DevAccount.alice.id)
        )
        #expect(try world.free(.bob) == .pha(10))
        let events = try world.events().map(\.event)
        #expect(events.contains(.utility(.itemFailed(error: Self.insufficient))))
        #expect(events.last == .utility(.batchCompletedWithErrors))
    }

    @Test func aBatchWeighsItsCallsPlusItsOwnCost() {
        let batch = Utility<RuntimeCall>.Call.batch(calls: [Self.pay(.bob, 1), Self.pay(.bob, 1)])
        let expected = Utility<RuntimeCall>.Weights.batch(count: 2)
            .saturatingAdding(Balances.Weights.transferAllowDeath).saturatingAdding(Balances.Weights.transferAllowDeath)
        #expect(batch.dispatchInfo.weight == expected)
        #expect(batch.dispatchInfo.dispatchClass == .normal)
    }

    @Test func aBatchedExtrinsicRoundTripsThroughTheBlock() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100)])
        let call = RuntimeCall.utility(.batchAll(calls: [Self.pay(.bob, 1), Self.pay(.charlie, 2)]))
        #expect(try world.produceBlock([world.sign(call, by: .alice, nonce: 0)]) == [.success(.success(Empty()))])
        #expect(try world.free(.charlie) == .pha(2))
    }
}
