import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

@Suite struct DispatchErrorTests {
    // Encodings follow sp-runtime's DispatchError variant order (Other=0 … RootNotAllowed=13) and
    // ModuleError's `{index: u8, error: [u8; 4]}`; the module vector is how substrate-interface
    // reads Balances.InsufficientBalance at pallet index 1.
    @Test func errorsEncodeAsSpRuntimeDoes() {
        #expect(DispatchError.other("ignored").scaleEncoded() == [0])
        #expect(DispatchError.badOrigin.scaleEncoded() == [2])
        #expect(Hex.string(DispatchError.module(ModuleError(index: 1, error: 2)).scaleEncoded()) == "030102000000")
        #expect(DispatchError.token(.fundsUnavailable).scaleEncoded() == [7, 0])
        #expect(DispatchError.arithmetic(.overflow).scaleEncoded() == [8, 1])
        #expect(DispatchError.transactional(.limitReached).scaleEncoded() == [9, 0])
        #expect(DispatchError.rootNotAllowed.scaleEncoded() == [13])
    }

    @Test func errorsRoundTripExceptOthersMessage() throws {
        let errors: [DispatchError] = [
            .cannotLookup, .module(ModuleError(index: 6, error: 0)), .consumerRemaining, .noProviders,
            .tooManyConsumers,
            .token(.blocked), .arithmetic(.divisionByZero), .transactional(.noLayer), .exhausted, .corruption,
            .unavailable,
        ]
        for error in errors { #expect(try DispatchError(scaleDecoding: error.scaleEncoded()) == error) }
        #expect(try DispatchError(scaleDecoding: [0]) == .other(""))
        #expect(throws: ScaleDecodingError.self) { try DispatchError(scaleDecoding: [14]) }
        #expect(throws: ScaleDecodingError.self) { try DispatchError(scaleDecoding: [7, 10]) }
    }

    // DispatchInfo as System.ExtrinsicSuccess carries it: Weight's two compact u64s, class, pays.
    @Test func dispatchInfoEncodesWeightCompactlyThenClassAndPays() {
        let info = DispatchInfo(
            weight: Weight(refTime: 1_000_000, proofSize: 3_593),
            dispatchClass: .operational,
            paysFee: .no
        )
        // compact(1_000_000) = 02093d00, compact(3_593) = 2538.
        #expect(Hex.string(info.scaleEncoded()) == "02093d0025380101")
    }
}
