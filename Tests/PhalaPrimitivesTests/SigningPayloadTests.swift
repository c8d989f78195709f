import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

@Suite struct SigningPayloadTests {
    /// substrate-rpc.md §7.4: spec version 100, transaction version 1, genesis 11…11, immortal.
    static let reference = SigningPayload(
        call: ReferenceTransfer.call,
        extra: SignedExtra(nonce: 0),
        specVersion: 100,
        transactionVersion: 1,
        genesisHash: H256(FixedBytes(repeating: 0x11)),
        eraBlockHash: H256(FixedBytes(repeating: 0x11))
    )

    @Test func referencePayloadIsCallExtraAndAdditionalSigned() {
        let expected =
            ReferenceTransfer.call + [0, 0, 0] + [100, 0, 0, 0] + [1, 0, 0, 0]
            + [UInt8](repeating: 0x11, count: 64)
        #expect(Self.reference.scaleEncoded() == expected)
        #expect(expected.count == 112)
        #expect(Self.reference.bytesToSign == expected)
    }

    @Test func payloadsLongerThan256BytesAreSignedAsTheirHash() {
        var payload = Self.reference
        payload.call = [0x00, 0x00] + [UInt8](repeating: 0x61, count: 256 - 2 - 75)
        #expect(payload.scaleEncoded().count == 256)
        #expect(payload.bytesToSign == payload.scaleEncoded())
        payload.call.append(0x61)
        #expect(payload.scaleEncoded().count == 257)
        #expect(payload.bytesToSign == Hashing.blake2_256(payload.scaleEncoded()))
        #expect(payload.bytesToSign.count == 32)
    }
}
