import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct MultiAddressTests {
    @Test func eachVariantUsesSubstratesIndexAndFieldEncoding() throws {
        let bob = try AccountId32(hex: "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48")
        #expect(MultiAddress.id(bob).scaleEncoded() == [0x00] + bob.bytes)
        #expect(MultiAddress.index(69).scaleEncoded() == [0x01, 0x15, 0x01])
        #expect(MultiAddress.raw([7, 8]).scaleEncoded() == [0x02, 0x08, 7, 8])
        #expect(
            MultiAddress.address32(FixedBytes(repeating: 3)).scaleEncoded() == [0x03] + [UInt8](repeating: 3, count: 32)
        )
        #expect(
            MultiAddress.address20(FixedBytes(repeating: 4)).scaleEncoded() == [0x04] + [UInt8](repeating: 4, count: 20)
        )
    }

    @Test func unknownIndexAndTruncationAreRejected() {
        #expect(throws: ScaleDecodingError(.unknownVariant(index: 5, type: "MultiAddress"), at: 0)) {
            try MultiAddress(scaleDecoding: [5] + [UInt8](repeating: 0, count: 32))
        }
        #expect(throws: ScaleDecodingError.self) {
            try MultiAddress(scaleDecoding: [0] + [UInt8](repeating: 0, count: 31))
        }
    }

    @Test func randomAddressesRoundTrip() {
        var random = SplitMix64(seed: 8)
        for _ in 0..<300 { expectRoundTrip(randomMultiAddress(&random)) }
    }
}

/// A random address of any variant.
func randomMultiAddress(_ random: inout SplitMix64) -> MultiAddress {
    switch Int.random(in: 0..<5, using: &random) {
    case 0: .id(AccountId32(random.fixedBytes()))
    case 1: .index(UInt32(truncatingIfNeeded: random.next() >> Int.random(in: 0..<64, using: &random)))
    case 2: .raw(random.bytes(Int.random(in: 0..<70, using: &random)))
    case 3: .address32(random.fixedBytes())
    default: .address20(random.fixedBytes())
    }
}
