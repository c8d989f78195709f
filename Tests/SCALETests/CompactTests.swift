import SCALE
import Testing

@Suite struct CompactTests {
    // Examples from the SCALE specification (docs.substrate.io, "SCALE codec": compact/general integers).
    @Test func specificationExamplesEncodeExactly() throws {
        let examples: [(UInt128, [UInt8])] = [
            (0, [0x00]), (1, [0x04]), (42, [0xa8]), (69, [0x15, 0x01]), (65535, [0xfe, 0xff, 0x03, 0x00]),
            (100_000_000_000_000, [0x0b, 0x00, 0x40, 0x7a, 0x10, 0xf3, 0x5a]),
        ]
        for (value, bytes) in examples {
            #expect(Compact(value).scaleEncoded() == bytes)
            #expect(try Compact<UInt128>(scaleDecoding: bytes).value == value)
        }
    }

    @Test func modeBoundariesUseTheShortestEncoding() {
        #expect(Compact<UInt32>(63).scaleEncoded().count == 1)
        #expect(Compact<UInt32>(64).scaleEncoded().count == 2)
        #expect(Compact<UInt32>((1 << 14) - 1).scaleEncoded().count == 2)
        #expect(Compact<UInt32>(1 << 14).scaleEncoded().count == 4)
        #expect(Compact<UInt32>((1 << 30) - 1).scaleEncoded().count == 4)
        #expect(Compact<UInt32>(1 << 30).scaleEncoded() == [0x03, 0x00, 0x00, 0x00, 0x40])
        #expect(Compact<UInt128>(.max).scaleEncoded() == [0x33] + [UInt8](repeating: 0xff, count: 16))
    }

    @Test func longerThanNeededEncodingsAreRejected() {
        // 1 written in two-byte, four-byte and big-integer modes.
        for bytes: [UInt8] in [[0x05, 0x00], [0x06, 0x00, 0x00, 0x00], [0x03, 0x01, 0x00, 0x00, 0x00]] {
            #expect(throws: ScaleDecodingError(.nonCanonicalCompact, at: 0)) { try Compact<UInt64>(scaleDecoding: bytes) }
        }
        // Big-integer mode with a zero top byte.
        #expect(throws: ScaleDecodingError(.nonCanonicalCompact, at: 0)) {
            try Compact<UInt64>(scaleDecoding: [0x07, 0, 0, 0, 0x40, 0x00])
        }
    }

    @Test func valuesBeyondTheTargetTypeAreRejected() {
        let big = Compact<UInt64>(1 << 40).scaleEncoded()
        #expect(throws: ScaleDecodingError(.integerOverflow(type: "UInt32"), at: 0)) { try Compact<UInt32>(scaleDecoding: big) }
        let sixtySevenBytes: [UInt8] = [0xff] + [UInt8](repeating: 0xff, count: 67)
        #expect(throws: ScaleDecodingError(.integerOverflow(type: "UInt128"), at: 0)) {
            try Compact<UInt128>(scaleDecoding: sixtySevenBytes)
        }
    }

    @Test func truncatedInputReportsHowManyBytesAreMissing() {
        #expect(throws: ScaleDecodingError(.unexpectedEnd(needed: 3), at: 1)) { try Compact<UInt32>(scaleDecoding: [0x02]) }
    }
}
