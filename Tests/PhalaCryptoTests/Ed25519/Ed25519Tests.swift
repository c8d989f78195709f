import Testing

@testable import PhalaCrypto

@Suite struct Ed25519Tests {
    /// RFC 8032 §7.1, TEST 1–3: secret key, public key, message, signature.
    static let rfc8032: [(seed: String, publicKey: String, message: String, signature: String)] = [
        (
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        ),
        (
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        ),
        (
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        ),
    ]

    @Test(arguments: rfc8032)
    func rfc8032VectorsGiveTheListedKeyAndSignature(
        vector: (seed: String, publicKey: String, message: String, signature: String)
    ) throws {
        let pair = try Ed25519.KeyPair(seed: HexText.bytes(vector.seed))
        #expect(pair.publicKey.bytes == HexText.bytes(vector.publicKey))
        let signature = pair.sign(HexText.bytes(vector.message))
        #if !canImport(CryptoKit)  // CryptoKit randomises ed25519 signatures; BoringSSL follows RFC 8032.
            #expect(signature.bytes == HexText.bytes(vector.signature))
        #endif
        let listed = try Ed25519.Signature(bytes: HexText.bytes(vector.signature))
        #expect(pair.publicKey.verify(listed, for: HexText.bytes(vector.message)))
        #expect(pair.publicKey.verify(signature, for: HexText.bytes(vector.message)))
    }

    /// /work/shared/reference/substrate-rpc.md §4 (seed, public key) and §7.4 (the 112-byte
    /// `transfer_keep_alive` signing payload and its signature, checked against substrate-interface).
    @Test func aliceSignsTheExtrinsicPayloadExactlyAsSubstrateInterfaceDoes() throws {
        let alice = try Ed25519.KeyPair(
            seed: HexText.bytes("abf8e5bdbe30c65656c0a3cbd181ff8a56294a69dfedd27982aace4a76909115"))
        #expect(
            alice.publicKey.bytes == HexText.bytes("88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee"))
        let payload =
            HexText.bytes("0103008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48e5c0")
            + HexText.bytes("000000")
            + HexText.bytes("64000000") + HexText.bytes("01000000") + [UInt8](repeating: 0x11, count: 64)
        #expect(payload.count == 112)
        let expected = try Ed25519.Signature(
            bytes: HexText.bytes(
                "42f34e0094e114f0fc7beff12d716170f93a4e413bf3dd19ebea7c4f0647804f049bfbe57af6fd1a64f732b66a0f18e859ea131f7b05c7fdb0205971ebfed700"
            ))
        #if !canImport(CryptoKit)
            #expect(alice.sign(payload) == expected)
        #endif
        #expect(alice.publicKey.verify(expected, for: payload))
    }

    @Test func signatureOverOtherBytesOrByAnotherKeyDoesNotVerify() throws {
        let pair = try Ed25519.KeyPair(seed: [UInt8](repeating: 7, count: 32))
        let other = try Ed25519.KeyPair(seed: [UInt8](repeating: 8, count: 32))
        let signature = pair.sign([1, 2, 3])
        #expect(pair.publicKey.verify(signature, for: [1, 2, 3]))
        #expect(!pair.publicKey.verify(signature, for: [1, 2, 4]))
        #expect(!other.publicKey.verify(signature, for: [1, 2, 3]))
        var flipped = signature.bytes
        flipped[10] ^= 1
        #expect(!pair.publicKey.verify(try Ed25519.Signature(bytes: flipped), for: [1, 2, 3]))
    }

    @Test func publicKeyThatIsNotACurvePointVerifiesNothing() throws {
        let pair = try Ed25519.KeyPair(seed: [UInt8](repeating: 7, count: 32))
        let signature = pair.sign([1])
        // y = 2 has no x on edwards25519, so these bytes do not decode to a point.
        let notAPoint = try Ed25519.PublicKey(bytes: [2] + [UInt8](repeating: 0, count: 31))
        #expect(!notAPoint.verify(signature, for: [1]))
    }

    /// ed25519 //Alice and //Bob from the development phrase: substrate-rpc.md §4 (Alice) and `subkey inspect
    /// --scheme ed25519 //Bob` (Bob, d17c2d78…, as in Substrate's dev chain specs); the hard derivation is
    /// sp-core's `blake2_256(SCALE("Ed25519HDKD") ‖ seed ‖ chain code)`.
    @Test func hardDerivationFromTheDevPhraseGivesAliceAndBob() throws {
        let root = try Ed25519.KeyPair(
            seed: HexText.bytes("fac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e"))
        let alice = root.hardDerived(chainCode: DeriveJunction("Alice", hard: true).chainCode)
        #expect(alice.seed == HexText.bytes("abf8e5bdbe30c65656c0a3cbd181ff8a56294a69dfedd27982aace4a76909115"))
        #expect(
            alice.publicKey.bytes == HexText.bytes("88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee"))
        let bob = root.hardDerived(chainCode: DeriveJunction("Bob", hard: true).chainCode)
        #expect(
            bob.publicKey.bytes == HexText.bytes("d17c2d7823ebf260fd138f2d7e27d114c0145d968b5ff5006125f2414fadae69"))
    }

    @Test func wrongLengthsAreTypedErrors() {
        #expect(throws: Ed25519.Error.invalidSeedLength(31)) {
            try Ed25519.KeyPair(seed: [UInt8](repeating: 0, count: 31))
        }
        #expect(throws: Ed25519.Error.invalidSeedLength(64)) {
            try Ed25519.KeyPair(seed: [UInt8](repeating: 0, count: 64))
        }
        #expect(throws: Ed25519.Error.invalidPublicKeyLength(33)) {
            try Ed25519.PublicKey(bytes: [UInt8](repeating: 0, count: 33))
        }
        #expect(throws: Ed25519.Error.invalidSignatureLength(63)) {
            try Ed25519.Signature(bytes: [UInt8](repeating: 0, count: 63))
        }
    }

    @Test func descriptionNeverShowsTheSeed() throws {
        let pair = try Ed25519.KeyPair(seed: [UInt8](repeating: 0xab, count: 32))
        #expect(String(describing: pair) == "Ed25519.KeyPair(<secret>)")
        #expect(!String(reflecting: pair).contains("171"))
    }
}
