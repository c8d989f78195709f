import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct HeaderTests {
    /// substrate-rpc.md §6: number 1, zero parent, state root 11…11, extrinsics root 22…22.
    static let numberOne = Header(
        parentHash: .zero,
        number: 1,
        stateRoot: H256(FixedBytes(repeating: 0x11)),
        extrinsicsRoot: H256(FixedBytes(repeating: 0x22))
    )

    @Test func layoutMatchesTheReferenceBytes() {
        let expected =
            [UInt8](repeating: 0, count: 32) + [0x04] + [UInt8](repeating: 0x11, count: 32)
            + [UInt8](repeating: 0x22, count: 32) + [0x00]
        #expect(Self.numberOne.scaleEncoded() == expected)
        #expect(expected.count == 98)
    }

    @Test func numberIsCompact() {
        var header = Self.numberOne
        header.number = .max
        #expect(header.scaleEncoded()[32..<37] == [0x03, 0xff, 0xff, 0xff, 0xff])
    }

    @Test func truncatedHeadersAreRejected() {
        let bytes = Self.numberOne.scaleEncoded()
        for length in [0, 31, 33, 97] {
            #expect(throws: ScaleDecodingError.self) { try Header(scaleDecoding: Array(bytes.prefix(length))) }
        }
    }

    @Test func randomHeadersRoundTrip() throws {
        var random = SplitMix64(seed: 6)
        for _ in 0..<200 {
            expectRoundTrip(randomHeader(&random))
        }
    }
}

/// A random header with up to four digest items.
func randomHeader(_ random: inout SplitMix64) -> Header {
    Header(
        parentHash: H256(random.fixedBytes()),
        number: BlockNumber(truncatingIfNeeded: random.next() >> Int.random(in: 0..<64, using: &random)),
        stateRoot: H256(random.fixedBytes()),
        extrinsicsRoot: H256(random.fixedBytes()),
        digest: (0..<Int.random(in: 0..<5, using: &random)).map { _ in randomDigestItem(&random) }
    )
}
