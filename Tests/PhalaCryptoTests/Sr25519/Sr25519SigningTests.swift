@testable import PhalaCrypto
import Testing

@Suite struct Sr25519SigningTests {
    static let zeroRandomness = [UInt8](repeating: 0, count: 32)
    static let alicePublicKey = HexText.bytes("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")

    // paulmillr/micro-sr25519 test/basic.test.ts ("sign"): the dev root signs "this is a message"
    // with 32 zero bytes of randomness. This pins the witness RNG (nonce) derivation, which
    // verification alone cannot check.
    @Test func signingWithFixedRandomnessGivesTheRecordedSignature() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let message = Array("this is a message".utf8)
        let signature = root.sign(message, context: Sr25519.substrateContext, randomness: Self.zeroRandomness)
        #expect(
            HexText.string(signature.bytes)
                == "dc4831339346dc294d21dd6efa22c078b6eb6602a30fb9c67540c1fb4e20936e"
                + "17489f36dbe14aec6d2b1e56d979f7b420ca34143aca1691db0bab9535c49a86")
    }

    // substrate-rpc.md §7.4: //Alice's sr25519 signature of the 112-byte transfer_keep_alive
    // payload, made by substrate-interface.
    @Test func substrateTransferPayloadSignatureVerifies() throws {
        let payload = HexText.bytes(
            "0103008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48e5c0" + "000000"
                + "64000000" + "01000000" + String(repeating: "11", count: 64))
        #expect(payload.count == 112)
        let alice = try Sr25519.PublicKey(bytes: Self.alicePublicKey)
        let signature = try Sr25519.Signature(bytes: HexText.bytes(
            "3875161daeae92c1e0087b299bd0b550a7136640c79dfcdbf96b627416c6e362"
                + "c3d191d12a36f6262c94cfc3cc55252ac5a67b3ebe09943c1fd7204aba51218e"))
        #expect(alice.verify(signature, for: payload))
        #expect(!alice.verify(signature, for: payload.dropLast() + [0x12]))
    }

    // paulmillr/micro-sr25519 test/basic.test.ts ("verify"): a signature by //Alice.
    @Test func recordedAliceSignatureVerifies() throws {
        let message = Array("I hereby verify that I control 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY".utf8)
        let alice = try Sr25519.PublicKey(bytes: Self.alicePublicKey)
        let signature = try Sr25519.Signature(bytes: HexText.bytes(
            "1037eb7e51613d0dcf5930ae518819c87d655056605764840d9280984e1b7063"
                + "c4566b55bf292fcab07b369d01095879b50517beca4d26e6a65866e25fec0d83"))
        #expect(alice.verify(signature, for: message))
    }

    @Test func signaturesAreFreshEachTimeAndAllVerify() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let message = Array("hello".utf8)
        let first = root.sign(message)
        let second = root.sign(message)
        #expect(first != second)
        #expect(root.publicKey.verify(first, for: message))
        #expect(root.publicKey.verify(second, for: message))
    }

    @Test func aSignatureIsBoundToItsContext() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let message = Array("hello".utf8)
        let signature = root.sign(message, context: Array("other".utf8))
        #expect(root.publicKey.verify(signature, for: message, context: Array("other".utf8)))
        #expect(!root.publicKey.verify(signature, for: message))
    }

    @Test func clearingTheMarkerBitMakesASignatureInvalid() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let message = Array("marker".utf8)
        var bytes = root.sign(message).bytes
        bytes[63] &= 0x7F
        #expect(!root.publicKey.verify(try Sr25519.Signature(bytes: bytes), for: message))
        #expect(!root.publicKey.verify(try Sr25519.Signature(bytes: [UInt8](repeating: 0, count: 64)), for: message))
    }

    @Test func aNonCanonicalResponseScalarIsInvalid() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let message = Array("canonical".utf8)
        var bytes = root.sign(message).bytes
        // Add ℓ to s: the same value mod ℓ, but not its canonical encoding (s + ℓ < 2^255 is
        // guaranteed when s < 2^254, so redo until it is).
        while bytes[63] & 0x40 != 0 { bytes = root.sign(message).bytes }
        let order = HexText.bytes("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")
        var carry: UInt16 = 0
        for index in 0..<32 {
            let value = UInt16(bytes[32 + index] & (index == 31 ? 0x7F : 0xFF)) + UInt16(order[index]) + carry
            bytes[32 + index] = UInt8(truncatingIfNeeded: value)
            carry = value >> 8
        }
        bytes[63] |= 0x80
        #expect(!root.publicKey.verify(try Sr25519.Signature(bytes: bytes), for: message))
    }

    @Test func flippingAnyBitOfSignatureMessageOrKeyFailsVerification() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let message = Array("flip every bit".utf8)
        let signature = root.sign(message)
        let publicKey = root.publicKey
        for bit in 0..<(64 * 8) {
            var bytes = signature.bytes
            bytes[bit / 8] ^= 1 << (bit % 8)
            #expect(!publicKey.verify(try Sr25519.Signature(bytes: bytes), for: message), "signature bit \(bit)")
        }
        for bit in 0..<(message.count * 8) {
            var flipped = message
            flipped[bit / 8] ^= 1 << (bit % 8)
            #expect(!publicKey.verify(signature, for: flipped), "message bit \(bit)")
        }
        for bit in 0..<(32 * 8) {
            var bytes = publicKey.bytes
            bytes[bit / 8] ^= 1 << (bit % 8)
            if let other = try? Sr25519.PublicKey(bytes: bytes) {
                #expect(!other.verify(signature, for: message), "public key bit \(bit)")
            }
        }
    }
}
