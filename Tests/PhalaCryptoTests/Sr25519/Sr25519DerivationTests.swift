@testable import PhalaCrypto
import Testing

@Suite struct Sr25519DerivationTests {
    /// A junction's chain code: the SCALE encoding of its text, zero-padded to 32 bytes.
    static func chainCode(_ text: String) -> [UInt8] {
        let encoded = [UInt8(text.utf8.count * 4)] + Array(text.utf8)
        return encoded + [UInt8](repeating: 0, count: 32 - encoded.count)
    }

    @Test func junctionChainCodesAreScaleEncodedText() {
        #expect(HexText.string(Self.chainCode("Alice")) == "14416c696365" + String(repeating: "00", count: 26))
    }

    // Substrate's well-known dev accounts (substrate-rpc.md §4; `subkey inspect //Alice`).
    @Test func hardJunctionsFromTheDevPhraseGiveAliceAndBob() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let alice = root.hardDerived(chainCode: Self.chainCode("Alice"))
        let bob = root.hardDerived(chainCode: Self.chainCode("Bob"))
        #expect(alice.publicKey.bytes == Sr25519SigningTests.alicePublicKey)
        #expect(
            HexText.string(bob.publicKey.bytes) == "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48")
        // py-sr25519-bindings 0.2.4 `hard_derive_keypair((chain_code, public, secret), b"")`.
        #expect(
            HexText.string(alice.secretKeyBytes)
                == "33a6f3093f158a7109f679410bef1a0c54168145e0cecb4df006c1c2fffb1f09"
                + "925a225d97aa00682d6a59b95b18780c10d7032336e88f3442b42361f4a66011")
    }

    // paulmillr/micro-sr25519 test/basic.test.ts ("secretSoft", "publicSoft"): the dev root's soft
    // junction /foo. micro-sr25519 stores the scalar times the cofactor and derives the nonce seed
    // with zero randomness; the scalar below is its value divided by 8.
    @Test func softJunctionMatchesTheRecordedKeyAndNonce() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let child = root.softDerived(chainCode: Self.chainCode("foo"))
        let expectedPublic = "40b9675df90efa6069ff623b0fdfcf706cd47ca7452a5056c7ad58194d23440a"
        #expect(HexText.string(child.publicKey.bytes) == expectedPublic)
        #expect(HexText.string(root.publicKey.softDerived(chainCode: Self.chainCode("foo")).bytes) == expectedPublic)
        #expect(
            HexText.string(child.secretKeyBytes)
                == "51a3405493acd83c4bb0d4102bff95c2b4f7351fcfa1cf511a806e99c9dc780e"
                + "b6b70c912fe74e0dfdbb5cb0fbb3a9cf2f1c3296209984792b320e96cfbab888")
    }

    @Test func softDerivedKeysSignForTheirPublicDerivation() throws {
        let root = try Sr25519.KeyPair(miniSecret: Sr25519KeyPairTests.devMiniSecret)
        let code = Self.chainCode("stash")
        let child = root.softDerived(chainCode: code)
        let signature = child.sign([1, 2, 3])
        #expect(root.publicKey.softDerived(chainCode: code).verify(signature, for: [1, 2, 3]))
        #expect(!root.publicKey.verify(signature, for: [1, 2, 3]))
    }
}
