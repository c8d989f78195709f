import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct FixedBytesTests {
    @Test func hexRoundTripsWithLowercaseZeroXPrefix() throws {
        let value = try FixedBytes<4>(hex: "0x61757261")
        #expect(value.bytes == Array("aura".utf8))
        #expect(value.description == "0x61757261")
        #expect(try FixedBytes<4>(hex: "DEADbeef").description == "0xdeadbeef")
        #expect(try FixedBytes<4>(hex: "0XDEADBEEF").bytes == [0xde, 0xad, 0xbe, 0xef])
    }

    @Test func wrongLengthIsATypedError() {
        #expect(throws: FixedBytesError.wrongLength(expected: 4, actual: 3)) { try FixedBytes<4>([1, 2, 3]) }
        #expect(throws: FixedBytesError.wrongLength(expected: 4, actual: 5)) { try FixedBytes<4>(hex: "0x0102030405") }
        #expect(throws: FixedBytesError.wrongLength(expected: 4, actual: 0)) { try FixedBytes<4>(hex: "0x") }
    }

    @Test func badHexIsATypedError() {
        #expect(throws: FixedBytesError.oddHexDigitCount(7)) { try FixedBytes<4>(hex: "0x0102030") }
        #expect(throws: FixedBytesError.invalidHexDigit(position: 3)) { try FixedBytes<4>(hex: "0x010g0304") }
        #expect(throws: FixedBytesError.invalidHexDigit(position: 0)) { try FixedBytes<4>(hex: " 0x0102030") }
    }

    @Test func scaleWritesTheBytesWithoutAPrefixAndRejectsTruncation() throws {
        let value = FixedBytes<20>(repeating: 0xab)
        #expect(value.scaleEncoded() == [UInt8](repeating: 0xab, count: 20))
        #expect(throws: ScaleDecodingError.self) { try FixedBytes<20>(scaleDecoding: [UInt8](repeating: 0, count: 19)) }
    }

    @Test func randomValuesRoundTrip() throws {
        var random = SplitMix64(seed: 1)
        for _ in 0..<200 {
            let value: FixedBytes<65> = random.fixedBytes()
            expectRoundTrip(value)
            #expect(try FixedBytes<65>(hex: value.description) == value)
        }
    }
}
