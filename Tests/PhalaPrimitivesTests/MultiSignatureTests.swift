import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct MultiSignatureTests {
    @Test func eachVariantIsItsIndexThenTheRawBytes() {
        #expect(
            MultiSignature.ed25519(FixedBytes(repeating: 1)).scaleEncoded() == [0] + [UInt8](repeating: 1, count: 64)
        )
        #expect(
            MultiSignature.sr25519(FixedBytes(repeating: 2)).scaleEncoded() == [1] + [UInt8](repeating: 2, count: 64)
        )
        #expect(MultiSignature.ecdsa(FixedBytes(repeating: 3)).scaleEncoded() == [2] + [UInt8](repeating: 3, count: 65))
    }

    @Test func unknownSchemeAndShortSignaturesAreRejected() {
        #expect(throws: ScaleDecodingError(.unknownVariant(index: 3, type: "MultiSignature"), at: 0)) {
            try MultiSignature(scaleDecoding: [3] + [UInt8](repeating: 0, count: 64))
        }
        #expect(throws: ScaleDecodingError(.unexpectedEnd(needed: 1), at: 1)) {
            try MultiSignature(scaleDecoding: [2] + [UInt8](repeating: 0, count: 64))
        }
    }

    @Test func randomSignaturesRoundTrip() {
        var random = SplitMix64(seed: 9)
        for _ in 0..<300 { expectRoundTrip(randomMultiSignature(&random)) }
    }
}

/// A random signature of any scheme.
func randomMultiSignature(_ random: inout SplitMix64) -> MultiSignature {
    switch Int.random(in: 0..<3, using: &random) {
    case 0: .ed25519(random.fixedBytes())
    case 1: .sr25519(random.fixedBytes())
    default: .ecdsa(random.fixedBytes())
    }
}
