import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

/// The dev author's consensus bytes against consensus.md §1.3 and §2.11 (vectors cross-decoded there
/// with scalecodec 1.2.12).
@Suite struct ConsensusFormatTests {
    /// RFC 8032 test 1 key, used by consensus.md §2.11.
    static let rfcSeed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"

    @Test func theSingleVoterJustificationMatchesTheReferenceBytes() throws {
        let pair = KeyPair.ed25519(try Ed25519.KeyPair(seed: try #require(PhalaTesting.Hex.bytes(Self.rfcSeed))))
        let target = H256(FixedBytes(repeating: 0x11))
        let payload = GrandpaJustification.precommitPayload(targetHash: target, targetNumber: 7, round: 3, setID: 1)
        #expect(
            PhalaTesting.Hex.string(payload) == "01" + String(repeating: "11", count: 32) + "07000000"
                + "0300000000000000" + "0100000000000000"
        )
        let signature = pair.sign(payload)
        #expect(
            PhalaTesting.Hex.string(signature)
                == "0ea3af6d8a1ecf03857b56088b7a8310ae79de91db2816ea100c244fb9b2f191c9dca73b3b25cbea5b640ea2a5f9ebb2e3afcb11b145ad7de1fd98acb647c200"
        )
        let justification = GrandpaJustification(
            round: 3,
            targetHash: target,
            targetNumber: 7,
            precommits: [.init(targetHash: target, targetNumber: 7, signature: signature, voter: pair.publicKey)]
        )
        let encoded = justification.scaleEncoded()
        #expect(encoded.count == 178)
        let expected =
            "0300000000000000" + String(repeating: "11", count: 32) + "07000000" + "04"
            + String(repeating: "11", count: 32)
            + "07000000" + PhalaTesting.Hex.string(signature)
            + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a" + "00"
        #expect(PhalaTesting.Hex.string(encoded) == expected)
        #expect(try GrandpaJustification(scaleDecoding: encoded) == justification)
        #expect(throws: ScaleDecodingError.self) { try GrandpaJustification(scaleDecoding: Array(encoded.dropLast(2))) }
    }

    @Test func theAuraPreDigestAndSealFollowTheReference() throws {
        #expect(
            PhalaTesting.Hex.string(AuraSeal.preDigest(slot: 123_456).scaleEncoded()) == "06617572612040e2010000000000"
        )
        let header = Header(
            parentHash: .zero,
            number: 1,
            stateRoot: H256(FixedBytes(repeating: 0x11)),
            extrinsicsRoot: H256(FixedBytes(repeating: 0x22)),
            digest: [AuraSeal.preDigest(slot: 123_456)]
        )
        #expect(header.hash.description == "0x709121dbd9658d38d7da5a1c31b32e4cb99f94f42964a61c13d3a105e2b97d66")
        let alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
        let sealed = AuraSeal.seal(header, with: alice)
        #expect(AuraSeal.slot(of: sealed) == 123_456)
        guard case .seal(let engine, let signature)? = sealed.digest.last else {
            Issue.record("no seal at the end of the digest")
            return
        }
        #expect(engine == DigestItem.auraEngine)
        let key = try Sr25519.PublicKey(bytes: alice.publicKey)
        #expect(key.verify(try Sr25519.Signature(bytes: signature), for: header.hash.bytes))
        let sealBytes = PhalaTesting.Hex.string(DigestItem.seal(engine: engine, data: signature).scaleEncoded())
        #expect(sealBytes.hasPrefix("05617572610101"))
    }
}
