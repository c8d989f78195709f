import Testing

@testable import PhalaCrypto

@Suite struct HKDFSHA256Tests {
    @Test func matchesRFC5869TestCase1() {
        // RFC 5869 appendix A.1.
        let okm = HKDFSHA256.deriveKey(
            inputKeyMaterial: [UInt8](repeating: 0x0b, count: 22),
            salt: Array(0x00...0x0c),
            info: Array(0xf0...0xf9),
            outputByteCount: 42
        )
        #expect(
            HexText.string(okm)
                == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
        )
    }
}
