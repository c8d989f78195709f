import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct DigestItemTests {
    // substrate-rpc.md §6: the Aura pre-runtime digest for slot 123456.
    @Test func auraPreDigestMatchesTheReferenceBytes() throws {
        let slot = UInt64(123_456).scaleEncoded()
        let item = DigestItem.preRuntime(engine: DigestItem.auraEngine, data: slot)
        #expect(item.scaleEncoded() == hex("06617572612040e2010000000000"))
        #expect(try DigestItem(scaleDecoding: hex("06617572612040e2010000000000")) == item)
    }

    @Test func eachVariantUsesSubstratesIndex() {
        let engine = try! ConsensusEngineId(Array("FRNK".utf8))
        #expect(DigestItem.other([1, 2]).scaleEncoded() == [0, 8, 1, 2])
        #expect(DigestItem.consensus(engine: engine, data: []).scaleEncoded() == [4] + Array("FRNK".utf8) + [0])
        #expect(DigestItem.seal(engine: engine, data: [9]).scaleEncoded() == [5] + Array("FRNK".utf8) + [4, 9])
        #expect(DigestItem.runtimeEnvironmentUpdated.scaleEncoded() == [8])
    }

    @Test func unknownIndicesAreRejected() {
        for index: UInt8 in [1, 2, 3, 7, 9, 255] {
            #expect(throws: ScaleDecodingError(.unknownVariant(index: index, type: "DigestItem"), at: 0)) {
                try DigestItem(scaleDecoding: [index, 0, 0, 0, 0, 0])
            }
        }
    }

    @Test func randomItemsRoundTrip() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<300 {
            expectRoundTrip(randomDigestItem(&random))
        }
    }
}

/// A random digest item of any variant.
func randomDigestItem(_ random: inout SplitMix64) -> DigestItem {
    let data = random.bytes(Int.random(in: 0..<80, using: &random))
    let engine: ConsensusEngineId = random.fixedBytes()
    switch Int.random(in: 0..<5, using: &random) {
    case 0: return .other(data)
    case 1: return .consensus(engine: engine, data: data)
    case 2: return .seal(engine: engine, data: data)
    case 3: return .preRuntime(engine: engine, data: data)
    default: return .runtimeEnvironmentUpdated
    }
}
