@testable import PhalaCrypto
import Testing

@Suite struct Sr25519KeyPairTests {
    /// The mini secret of Substrate's dev phrase "bottom drive obey lake curtain smoke basket hold
    /// race lonely fit walk" (BIP39 entropy through Substrate's PBKDF2, empty password).
    static let devMiniSecret = HexText.bytes("fac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e")

    // py-sr25519-bindings 0.2.4 `pair_from_seed(devMiniSecret)`; the public key also appears in
    // paulmillr/micro-sr25519 test/basic.test.ts ("secretFromSeed").
    @Test func devMiniSecretExpandsToTheReferenceKeys() throws {
        let pair = try Sr25519.KeyPair(miniSecret: Self.devMiniSecret)
        #expect(
            HexText.string(pair.publicKey.bytes) == "46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a")
        #expect(
            HexText.string(pair.secretKeyBytes)
                == "05d65584630d16cd4af6d0bec10f34bb504a5dcb62dba2122d49f5a663763d0a"
                + "fd190cce74df356432b410bd64682309d6dedb27c76845daf388557cbac3ca34")
    }

    @Test func secretKeyBytesRestoreTheSameKeyPair() throws {
        let pair = try Sr25519.KeyPair(miniSecret: Self.devMiniSecret)
        let restored = try Sr25519.KeyPair(secretKeyBytes: pair.secretKeyBytes)
        #expect(restored.publicKey == pair.publicKey)
        #expect(restored.secretKeyBytes == pair.secretKeyBytes)
    }

    @Test func wrongLengthsAreTypedErrors() {
        #expect(throws: Sr25519.Error.invalidMiniSecretLength(31)) {
            try Sr25519.KeyPair(miniSecret: [UInt8](repeating: 1, count: 31))
        }
        #expect(throws: Sr25519.Error.invalidSecretKeyLength(96)) {
            try Sr25519.KeyPair(secretKeyBytes: [UInt8](repeating: 0, count: 96))
        }
        #expect(throws: Sr25519.Error.invalidPublicKeyLength(33)) {
            try Sr25519.PublicKey(bytes: [UInt8](repeating: 0, count: 33))
        }
        #expect(throws: Sr25519.Error.invalidSignatureLength(65)) {
            try Sr25519.Signature(bytes: [UInt8](repeating: 0, count: 65))
        }
    }

    @Test func secretScalarAboveTheGroupOrderIsATypedError() {
        // ℓ itself, little-endian, then any nonce: not below the group order.
        let order = HexText.bytes("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")
        #expect(throws: Sr25519.Error.secretScalarNotCanonical) {
            try Sr25519.KeyPair(secretKeyBytes: order + [UInt8](repeating: 0, count: 32))
        }
    }

    @Test func invalidPublicKeyEncodingIsATypedError() {
        // A field element ≥ p, and a negative (odd) s: neither is a canonical ristretto255 encoding
        // (RFC 9496 §A.2 bad encodings).
        let nonCanonical = HexText.bytes("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
        let negative = HexText.bytes("0100000000000000000000000000000000000000000000000000000000000000")
        #expect(throws: Sr25519.Error.publicKeyNotOnCurve) { try Sr25519.PublicKey(bytes: nonCanonical) }
        #expect(throws: Sr25519.Error.publicKeyNotOnCurve) { try Sr25519.PublicKey(bytes: negative) }
    }

    @Test func errorDescriptionsSayWhatWasWrong() {
        #expect(Sr25519.Error.invalidPublicKeyLength(31).description.contains("31 bytes"))
        #expect(Sr25519.Error.publicKeyNotOnCurve.description.contains("ristretto255"))
        #expect(Sr25519.Error.secretScalarNotCanonical.description.contains("group order"))
    }
}
