import Crypto
import PhalaTesting
import Testing

@testable import PhalaCrypto

/// Known-answer tests for secp256k1 keys, RFC 6979 signing, verification and recovery.
@Suite struct Secp256k1Tests {
    /// A private key whose scalar is `value` (big-endian in the last 8 bytes).
    static func key(_ value: UInt64) throws -> Secp256k1.PrivateKey {
        try Secp256k1.PrivateKey(
            bytes: [UInt8](repeating: 0, count: 24) + UInt256(limbs: SIMD4(value, 0, 0, 0)).bigEndianBytes[24...]
        )
    }

    static func sha256(_ text: String) -> [UInt8] { Array(SHA256.hash(data: Array(text.utf8))) }

    @Test func privateKeyOneHasTheGeneratorAsPublicKey() throws {
        // SEC 2 §2.4.1: G compressed and uncompressed.
        let key = try Self.key(1)
        #expect(
            HexText.string(key.publicKey.compressed)
                == "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        )
        #expect(
            HexText.string(key.publicKey.uncompressed)
                == "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"
        )
    }

    @Test func privateKeyTwoHasTwiceTheGenerator() throws {
        // 2G from SEC 2 test material (widely tabulated, e.g. bitcoin-core's key tests).
        #expect(
            HexText.string(try Self.key(2).publicKey.compressed)
                == "02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"
        )
    }

    /// Deterministic secp256k1 vectors from trezor-crypto's `test_rfc6979`/`test_sign_speed` set
    /// (bitcointalk topic 285142), cross-checked with python-ecdsa 0.19.2.
    @Test(arguments: [
        (
            1 as UInt64, "Satoshi Nakamoto",
            "934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8",
            "2442ce9d2b916064108014783e923ec36b49743e2ffa1c4496f01a512aafd9e5"
        ),
        (
            1, "All those moments will be lost in time, like tears in rain. Time to die...",
            "8600dbd41e348fe5c9465ab92d23e3db8b98b873beecd930736488696438cb6b",
            "547fe64427496db33bf66019dacbf0039c04199abb0122918601db38a72cfc21"
        ),
    ])
    func signaturesMatchPublishedDeterministicVectors(scalar: UInt64, message: String, r: String, s: String) throws {
        let key = try Self.key(scalar)
        let digest = Self.sha256(message)
        let signature = try key.signPrehashed(digest)
        #expect(HexText.string(Array(signature[0..<64])) == r + s)
        #expect(Secp256k1.verifyPrehashed(signature: signature, digest: digest, publicKey: key.publicKey))
        #expect(
            Secp256k1.verifyPrehashed(signature: Array(signature[0..<64]), digest: digest, publicKey: key.publicKey)
        )
        #expect(Secp256k1.recoverPrehashed(signature: signature, digest: digest) == key.publicKey)
    }

    @Test func theLargestPrivateKeySignsLikePythonEcdsa() throws {
        // n − 1 with sha256("Satoshi Nakamoto"): python-ecdsa 0.19.2, sign_digest_deterministic, canonized.
        let key = try Secp256k1.PrivateKey(
            bytes: HexText.bytes("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140")
        )
        let signature = try key.signPrehashed(Self.sha256("Satoshi Nakamoto"))
        #expect(
            HexText.string(Array(signature[0..<64]))
                == "fd567d121db66e382991534ada77a6bd3106f0a1098c231e47993447cd6af2d06b39cd0eb1bc8603e159ef5c20a5c8ad685a45b06ce9bebed3f153d10d93bed5"
        )
    }

    @Test func invalidPrivateKeysAreRefused() {
        #expect(throws: Secp256k1.Error.privateKeyOutOfRange) {
            try Secp256k1.PrivateKey(bytes: [UInt8](repeating: 0, count: 32))
        }
        let order = HexText.bytes("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
        #expect(throws: Secp256k1.Error.privateKeyOutOfRange) { try Secp256k1.PrivateKey(bytes: order) }
        #expect(throws: Secp256k1.Error.privateKeyOutOfRange) {
            try Secp256k1.PrivateKey(bytes: [UInt8](repeating: 0xff, count: 32))
        }
        #expect(throws: Secp256k1.Error.invalidPrivateKeyLength(31)) {
            try Secp256k1.PrivateKey(bytes: [UInt8](repeating: 1, count: 31))
        }
    }

    @Test func wrongDigestLengthAndBadPublicKeysAreRefused() throws {
        #expect(throws: Secp256k1.Error.invalidDigestLength(31)) {
            try Self.key(1).signPrehashed([UInt8](repeating: 0, count: 31))
        }
        var notOnCurve = try Self.key(1).publicKey.uncompressed
        notOnCurve[64] ^= 1
        #expect(throws: Secp256k1.Error.invalidPublicKey) { try Secp256k1.PublicKey(bytes: notOnCurve) }
        #expect(throws: Secp256k1.Error.invalidPublicKey) {
            try Secp256k1.PublicKey(bytes: [0x05] + [UInt8](repeating: 1, count: 32))
        }
        // x = 5 has no point on the curve (5³ + 7 = 132 is not a square mod p).
        #expect(throws: Secp256k1.Error.invalidPublicKey) {
            try Secp256k1.PublicKey(bytes: [0x02] + UInt256(limbs: SIMD4(5, 0, 0, 0)).bigEndianBytes)
        }
    }

    @Test func publicKeysRoundTripThroughBothEncodings() throws {
        for scalar: UInt64 in [1, 2, 3, 0xdead_beef] {
            let key = try Self.key(scalar).publicKey
            #expect(try Secp256k1.PublicKey(bytes: key.compressed) == key)
            #expect(try Secp256k1.PublicKey(bytes: key.uncompressed) == key)
        }
    }

    @Test func aFlippedBitOrWrongKeyFailsVerification() throws {
        let key = try Self.key(7)
        let digest = Self.sha256("flip")
        let signature = try key.signPrehashed(digest)
        for bit in [0, 100, 255, 300, 511] {
            var flipped = signature
            flipped[bit / 8] ^= 1 << UInt8(bit % 8)
            #expect(!Secp256k1.verifyPrehashed(signature: flipped, digest: digest, publicKey: key.publicKey))
            #expect(
                !Secp256k1.verifyPrehashed(signature: Array(flipped[0..<64]), digest: digest, publicKey: key.publicKey)
            )
        }
        var otherDigest = digest
        otherDigest[31] ^= 1
        #expect(!Secp256k1.verifyPrehashed(signature: signature, digest: otherDigest, publicKey: key.publicKey))
        #expect(!Secp256k1.verifyPrehashed(signature: signature, digest: digest, publicKey: try Self.key(8).publicKey))
        var wrongRecoveryID = signature
        wrongRecoveryID[64] ^= 1
        #expect(!Secp256k1.verifyPrehashed(signature: wrongRecoveryID, digest: digest, publicKey: key.publicKey))
        wrongRecoveryID[64] = 4
        #expect(Secp256k1.recoverPrehashed(signature: wrongRecoveryID, digest: digest) == nil)
        #expect(
            !Secp256k1.verifyPrehashed(signature: Array(signature[0..<63]), digest: digest, publicKey: key.publicKey)
        )
    }

    @Test func highSIsRefusedInSixtyFourBytesButRecoversInSixtyFive() throws {
        // sp_core recovers from 65 bytes (libsecp256k1's recovery accepts high s); secp256k1_ecdsa_verify refuses it.
        let key = try Self.key(9)
        let digest = Self.sha256("malleable")
        let signature = try key.signPrehashed(digest)
        let highS = Secp256k1.order.negate(UInt256(bigEndian: signature[32..<64]))
        let malleated = Array(signature[0..<32]) + highS.bigEndianBytes + [signature[64] ^ 1]
        #expect(Secp256k1.verifyPrehashed(signature: malleated, digest: digest, publicKey: key.publicKey))
        #expect(
            !Secp256k1.verifyPrehashed(signature: Array(malleated[0..<64]), digest: digest, publicKey: key.publicKey)
        )
    }
}
