import PhalaPrimitives
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

@Suite struct EventRecordTests {
    // Vector: substrate-rpc.md §9, Balances(1).Transfer(2){Alice, Bob, 12345} at extrinsic 1.
    @Test func aRecordIsPhaseThenEventThenTopics() throws {
        struct Transfer: ScaleEncodable {
            func encode(to encoder: inout ScaleEncoder) {
                encoder.encode(variantIndex: 2)
                encoder.append(Hex.bytes("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")!)
                encoder.append(Hex.bytes("8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48")!)
                encoder.encode(UInt128(12345))
            }
        }
        let record = EventRecord(phase: .applyExtrinsic(1), event: EncodedEvent(pallet: 1, event: Transfer()))
        #expect(
            Hex.string(record.scaleEncoded())
                == "00010000000102d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
                + "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48"
                + "39300000000000000000000000000000" + "00"
        )
    }

    @Test func phasesEncodeWithSubstratesIndices() throws {
        #expect(Phase.applyExtrinsic(3).scaleEncoded() == [0, 3, 0, 0, 0])
        #expect(Phase.finalization.scaleEncoded() == [1])
        #expect(Phase.initialization.scaleEncoded() == [2])
        #expect(try Phase(scaleDecoding: [0, 3, 0, 0, 0]) == .applyExtrinsic(3))
    }
}
