import MerkleTrie
import PalletBalances
import PalletSystem
import PalletTimestamp
import PalletTransactionPayment
import PhalaPrimitives
import RuntimeSupport
import SCALE
import Testing

@testable import PhalaRuntime

@Suite struct ExecutiveTests {
    /// The fee the configuration implies: base (100 µs / 100) + 10⁶ planck per byte + ref time / 100.
    static func expectedFee(length: Int, callWeight: Weight, tip: Balance = .zero) -> Balance {
        Balance(planck: 1_000_000 + 1_000_000 * UInt128(length) + UInt128(callWeight.refTime / 100)).saturatingAdding(
            tip
        )
    }

    @Test func aSignedTransferIsIncludedChargedAndReportedInSubstratesEventOrder() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        let call = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(1)))
        let extrinsic = world.sign(call, by: .alice, nonce: 0)
        let fee = Self.expectedFee(length: extrinsic.count, callWeight: Balances.Weights.transferKeepAlive)
        let quoted = try world.runtime.queryInfo(
            try UncheckedExtrinsic(scaleDecoding: extrinsic),
            length: UInt32(extrinsic.count),
            state: world.headState
        )
        #expect(quoted.partialFee == fee)
        #expect(quoted.weight == Balances.Weights.transferKeepAlive)

        let results = try world.produceBlock([extrinsic])
        #expect(results == [.success(.success(Empty()))])
        #expect(try world.free(.alice) == Balance.pha(99).saturatingSubtracting(fee))
        #expect(try world.free(.bob) == .pha(101))
        #expect(try world.account(.alice).nonce == 1)
        #expect(try world.totalIssuance() == Balance.pha(200).saturatingSubtracting(fee))
        let reported = DispatchInfo(
            weight: Balances.Weights.transferKeepAlive.saturatingAdding(Weight(refTime: 100_000_000))
        )
        let events = try world.headEvents().filter { $0.phase == .applyExtrinsic(1) }.map(\.event)
        #expect(
            events == [
                .balances(.withdrawn(who: DevAccount.alice.id, amount: fee)),
                .balances(.transferred(from: DevAccount.alice.id, to: DevAccount.bob.id, amount: .pha(1))),
                .transactionPayment(.transactionFeePaid(who: DevAccount.alice.id, actualFee: fee, tip: .zero)),
                .system(.extrinsicSucceeded(dispatchInfo: reported)),
            ]
        )
        #expect(world.lastBlock?.extrinsics.count == 2)
    }

    @Test func aFailingTransferIsStillIncludedChargesTheFeeAndBumpsTheNonce() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        let call = RuntimeCall.balances(.transferAllowDeath(dest: .id(DevAccount.bob.id), value: .pha(1_000)))
        let extrinsic = world.sign(call, by: .alice, nonce: 0)
        let fee = Self.expectedFee(length: extrinsic.count, callWeight: Balances.Weights.transferAllowDeath)
        let insufficient = DispatchError.module(
            ModuleError(index: 1, error: Balances.Error.insufficientBalance.rawValue)
        )
        #expect(try world.produceBlock([extrinsic]) == [.success(.failure(insufficient))])
        #expect(try world.free(.alice) == Balance.pha(100).saturatingSubtracting(fee))
        #expect(try world.free(.bob) == .pha(100))
        #expect(try world.account(.alice).nonce == 1)
        let events = try world.headEvents().filter { $0.phase == .applyExtrinsic(1) }.map(\.event)
        #expect(events.first == .balances(.withdrawn(who: DevAccount.alice.id, amount: fee)))
        guard case .system(.extrinsicFailed(let error, _)) = events.last else {
            Issue.record("last event is \(String(describing: events.last)), not ExtrinsicFailed")
            return
        }
        #expect(error == insufficient)
        // substrate-interface reads the module error as `03 ‖ pallet index ‖ error[4]`.
        #expect(error.scaleEncoded() == [3, 1, 2, 0, 0, 0])
    }

    @Test func theTipIsChargedAndRaisesThePriority() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.bob, 100)])
        let call = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(1)))
        let plain = world.sign(call, by: .alice, nonce: 0)
        let tipped = world.sign(call, by: .alice, nonce: 0, tip: Balance(planck: 5_000))
        let low = try world.runtime.validateTransaction(
            plain,
            source: .external,
            parentHash: world.head.hash,
            parentState: world.headState
        )
        let high = try world.runtime.validateTransaction(
            tipped,
            source: .external,
            parentHash: world.head.hash,
            parentState: world.headState
        )
        #expect(try high.get().priority > low.get().priority)
        try world.produceBlock([tipped])
        let fee = Self.expectedFee(
            length: tipped.count,
            callWeight: Balances.Weights.transferKeepAlive,
            tip: Balance(planck: 5_000)
        )
        #expect(try world.free(.alice) == Balance.pha(99).saturatingSubtracting(fee))
        let events = try world.headEvents().map(\.event)
        #expect(
            events.contains(
                .transactionPayment(
                    .transactionFeePaid(who: DevAccount.alice.id, actualFee: fee, tip: Balance(planck: 5_000))
                )
            )
        )
    }

    @Test func executingAProducedBlockReproducesItsHeader() throws {
        var world = try TestRuntime.build(balances: [(.alice, 100), (.aliceEd25519, 100)])
        let parent = world.headState
        let transfer = RuntimeCall.balances(.transferAllowDeath(dest: .id(DevAccount.charlie.id), value: .pha(3)))
        try world.produceBlock([
            world.sign(transfer, by: .alice, nonce: 0), world.sign(transfer, by: .aliceEd25519, nonce: 0),
        ])
        let block = try #require(world.lastBlock)
        #expect(block.extrinsics.count == 3)
        let changes = try world.runtime.executeBlock(block, parentState: parent)
        #expect(changes.root == world.head.stateRoot.bytes)
        var tampered = block
        tampered.header.stateRoot = .zero
        #expect(throws: ExecutiveError.self) { try world.runtime.executeBlock(tampered, parentState: parent) }
    }

    @Test func aBlockWithoutItsTimestampInherentIsInvalid() throws {
        let world = try TestRuntime.build()
        let pending = try world.runtime.beginBlock(world.nextHeader(), parentState: world.headState)
        #expect {
            try world.runtime.finishBlock(pending)
        } throws: { error in
            guard case ExecutiveError.hookFailed(let pallet, _) = error else { return false }
            return pallet == "Timestamp"
        }
    }

    @Test func anInherentAfterATransactionMakesTheBlockInvalid() throws {
        var world = try TestRuntime.build()
        let remark = world.sign(.system(.remark(remark: [1])), by: .alice, nonce: 0)
        _ = try world.runtime.applyExtrinsic(remark, to: &world.block)
        #expect(throws: ExecutiveError.self) {
            try world.runtime.applyExtrinsic(world.timestampInherent(), to: &world.block)
        }
    }

    @Test func aSlotThatDoesNotIncreaseIsRefused() throws {
        var world = try TestRuntime.build()
        try world.produceBlock([])
        world.nextSlot -= 1
        #expect(throws: ExecutiveError.self) {
            try world.runtime.beginBlock(world.nextHeader(), parentState: world.headState)
        }
    }

    @Test func aTimestampOutsideItsSlotIsRefused() throws {
        var world = try TestRuntime.build()
        var pending = try world.runtime.beginBlock(world.nextHeader(), parentState: world.headState)
        let wrongTime = RuntimeCall.timestamp(
            .set(now: (world.nextSlot + 1) * world.runtime.configuration.slotDuration)
        )
        let inherent = UncheckedExtrinsic(signature: nil, call: wrongTime.scaleEncoded()).scaleEncoded()
        #expect(try world.runtime.applyExtrinsic(inherent, to: &pending) == .failure(.invalid(.badMandatory)))
    }

    @Test func eventsAreResetEveryBlockAndBlockHashesAreKept() throws {
        var world = try TestRuntime.build()
        try world.produceBlock([world.sign(.system(.remarkWithEvent(remark: [9])), by: .alice, nonce: 0)])
        #expect(try world.headEvents().count == 5)
        try world.produceBlock([])
        #expect(try world.headEvents().count == 1)
        var state = Overlay(base: world.headState)
        #expect(try System.Storage.blockHash.value(1, in: &state) == world.blockHashes[1])
        #expect(try System.Storage.blockHash.value(0, in: &state) == world.genesisHash)
        #expect(try System.Storage.number.value(in: &state) == 2)
    }
}
