import Messaging
import PhalaPrimitives
import SCALE
import Testing

/// `MessageOrigin`'s SCALE layout: variant indices from phala-facts.md §5.1 (crates/phala-mq/src/types.rs),
/// payloads by the SCALE rules (Vec<u8> with a compact length, H256 and sr25519 keys as 32 raw bytes).
@Suite struct MessageOriginTests {
    static let key = FixedBytes<32>(repeating: 0xAB)
    static let hash = H256(FixedBytes<32>(repeating: 0x11))

    @Test func everyOriginEncodesWithPhalasVariantIndex() throws {
        let cases: [(MessageOrigin, [UInt8])] = [
            (.pallet("PhalaRegistry"), [0x00, 13 << 2] + Array("PhalaRegistry".utf8)),
            (.contract(Self.hash), [0x01] + Self.hash.raw.bytes),
            (.worker(Self.key), [0x02] + Self.key.bytes),
            (.accountId(Self.hash), [0x03] + Self.hash.raw.bytes),
            (.multiLocation([1, 2]), [0x04, 0x08, 1, 2]),
            (.gatekeeper, [0x05]),
            (.cluster(Self.hash), [0x06] + Self.hash.raw.bytes),
            (.reserved, [0xFF]),
        ]
        for (origin, bytes) in cases {
            #expect(origin.scaleEncoded() == bytes)
            #expect(try MessageOrigin(scaleDecoding: bytes) == origin)
        }
    }

    @Test func unknownVariantIndicesDoNotDecode() {
        #expect(throws: ScaleDecodingError.self) { try MessageOrigin(scaleDecoding: [0x07]) }
        #expect(throws: ScaleDecodingError.self) { try MessageOrigin(scaleDecoding: [0xFE]) }
    }

    @Test func onlyWorkersContractsClustersAndTheGatekeeperAreOffchain() {
        #expect(MessageOrigin.worker(Self.key).isOffchain)
        #expect(MessageOrigin.contract(Self.hash).isOffchain)
        #expect(MessageOrigin.cluster(Self.hash).isOffchain)
        #expect(MessageOrigin.gatekeeper.isOffchain)
        #expect(!MessageOrigin.pallet("PhalaRegistry").isOffchain)
        #expect(!MessageOrigin.accountId(Self.hash).isOffchain)
        #expect(!MessageOrigin.multiLocation([]).isOffchain)
        #expect(!MessageOrigin.reserved.isOffchain)
    }
}
