import SCALE
import Testing

@testable import PhalaCrypto

@Suite struct DeriveJunctionTests {
    /// Chain codes computed with the sp-core rules (`DeriveJunction::soft`) in Python at authoring time
    /// (scalecodec 1.2.12 string encoding, hashlib blake2b-256 for long encodings).
    @Test func textJunctionIsTheScaleStringPaddedTo32Bytes() {
        #expect(
            DeriveJunction("Alice", hard: true)
                == .hard(HexText.bytes("14416c6963650000000000000000000000000000000000000000000000000000")))
    }

    @Test func numericJunctionIsTheLittleEndianU64() {
        #expect(DeriveJunction("1", hard: false) == .soft([1] + [UInt8](repeating: 0, count: 31)))
        #expect(DeriveJunction("+1", hard: false) == DeriveJunction("1", hard: false))
        #expect(DeriveJunction("0001", hard: false) == DeriveJunction("1", hard: false))
        #expect(
            DeriveJunction("18446744073709551615", hard: true)
                == .hard([UInt8](repeating: 0xff, count: 8) + [UInt8](repeating: 0, count: 24)))
    }

    @Test func numberTooBigForU64IsTreatedAsText() {
        let text = "18446744073709551616"
        #expect(DeriveJunction(text, hard: true) == .hard(text.scaleEncoded() + [UInt8](repeating: 0, count: 11)))
        #expect(DeriveJunction("-1", hard: true) == .hard(Array("\u{8}-1".utf8) + [UInt8](repeating: 0, count: 29)))
    }

    @Test func encodingLongerThan32BytesIsHashed() {
        #expect(
            DeriveJunction("0123456789012345678901234567890123456789", hard: false)
                == .soft(HexText.bytes("31502b57ec13c086b6b26cc0226da87e946e8b4461e7729b9d8e7887eea47863")))
        // 31 characters encode to exactly 32 bytes: padded, not hashed.
        let exact = String(repeating: "a", count: 31)
        #expect(DeriveJunction(exact, hard: false).chainCode == exact.scaleEncoded())
    }
}
