import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct H256Tests {
    @Test func parsesAndPrintsZeroXHex() throws {
        let text = "0xb351db3a6478757a0f95616be99c54de19f726167ac9d6a94cfa7f69d7e7a4a5"
        let hash = try H256(hex: text)
        #expect(hash.description == text)
        #expect(hash.bytes.first == 0xb3)
        #expect(try H256(hex: String(text.dropFirst(2)).uppercased()) == hash)
        #expect(H256.zero.bytes == [UInt8](repeating: 0, count: 32))
    }

    @Test func wrongLengthsAndBadHexAreTypedErrors() {
        #expect(throws: FixedBytesError.wrongLength(expected: 32, actual: 31)) {
            try H256(bytes: [UInt8](repeating: 0, count: 31))
        }
        #expect(throws: FixedBytesError.wrongLength(expected: 32, actual: 33)) {
            try H256(hex: String(repeating: "00", count: 33))
        }
        #expect(throws: FixedBytesError.invalidHexDigit(position: 63)) {
            try H256(hex: String(repeating: "0", count: 63) + "z")
        }
    }

    @Test func randomValuesRoundTrip() throws {
        var random = SplitMix64(seed: 2)
        for _ in 0..<200 {
            let hash = try H256(bytes: random.bytes(32))
            expectRoundTrip(hash)
            #expect(try H256(hex: hash.description) == hash)
        }
    }
}
