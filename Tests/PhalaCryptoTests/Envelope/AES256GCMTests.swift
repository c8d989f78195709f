import Testing

@testable import PhalaCrypto

@Suite struct AES256GCMTests {
    static let zeroKey = [UInt8](repeating: 0, count: 32)
    static let zeroNonce = [UInt8](repeating: 0, count: 12)

    @Test func matchesTheGCMSpecificationTestCases13And14() throws {
        // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13 and 14 (256-bit zero key).
        #expect(
            HexText.string(try AES256GCM.seal([], key: Self.zeroKey, nonce: Self.zeroNonce))
                == "530f8afbc74536b9a963b4f1c4cb738b"
        )
        #expect(
            HexText.string(
                try AES256GCM.seal([UInt8](repeating: 0, count: 16), key: Self.zeroKey, nonce: Self.zeroNonce)
            )
                == "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"
        )
    }

    @Test func openingRefusesAlteredBytesAndWrongParameters() throws {
        let sealed = try AES256GCM.seal([1, 2, 3], key: Self.zeroKey, nonce: Self.zeroNonce, associatedData: [7])
        #expect(try AES256GCM.open(sealed, key: Self.zeroKey, nonce: Self.zeroNonce, associatedData: [7]) == [1, 2, 3])
        var altered = sealed
        altered[0] ^= 1
        #expect(throws: AES256GCM.Error.authenticationFailed) {
            try AES256GCM.open(altered, key: Self.zeroKey, nonce: Self.zeroNonce, associatedData: [7])
        }
        #expect(throws: AES256GCM.Error.authenticationFailed) {
            try AES256GCM.open(sealed, key: Self.zeroKey, nonce: Self.zeroNonce, associatedData: [])
        }
        #expect(throws: AES256GCM.Error.truncated(length: 15)) {
            try AES256GCM.open(Array(sealed.prefix(15)), key: Self.zeroKey, nonce: Self.zeroNonce)
        }
        #expect(throws: AES256GCM.Error.invalidKeyLength(16)) {
            try AES256GCM.seal([], key: [UInt8](repeating: 0, count: 16), nonce: Self.zeroNonce)
        }
        #expect(throws: AES256GCM.Error.invalidNonceLength(8)) {
            try AES256GCM.seal([], key: Self.zeroKey, nonce: [UInt8](repeating: 0, count: 8))
        }
    }
}
