import PhalaCrypto
import PhalaPrimitives
import Testing

@testable import WorkerRuntime

@Suite struct KeyDerivationTests {
    // Vectors computed with py-sr25519-bindings 0.2.4 (`pair_from_seed`) and an HKDF-SHA256 written with
    // Python's hmac module, following phala-facts §1.1 (salt, IKM = 64-byte secret, info concatenated)
    // and §2.5 (cluster key = derive(master, ["cluster_key", id]), contract key = derive(cluster,
    // ["contract_key", id])). Master seed 0x01 × 32, cluster id 0x02 × 32, contract id 0x03 × 32.
    static let clusterPublicKey = "0x8691d81acb2bc466e30729805d07101101f57ae3d8366ebe42b9e95e11958820"
    static let contractPublicKey = "0x8a321a7def19db4bdf2b1597d85db9a7adfa302c04de6b9dc02a239a71d19768"

    @Test func clusterAndContractKeysMatchThePythonReference() throws {
        var random = ConstantRandomSource(byte: 1)
        let keys = GatekeeperKeys(generatingFirstKey: &random)
        let cluster = try keys.clusterKey(clusterID: H256(FixedBytes(repeating: 2)))
        #expect(Hex.encode(cluster.exposedValue.publicKey.bytes) == Self.clusterPublicKey)
        let contract = GatekeeperKeys.contractKey(clusterKey: cluster, contractID: H256(FixedBytes(repeating: 3)))
        #expect(Hex.encode(contract.exposedValue.publicKey.bytes) == Self.contractPublicKey)
    }

    @Test func derivationDependsOnEveryInfoByte() throws {
        let parent = try Sr25519.KeyPair(miniSecret: [UInt8](repeating: 9, count: 32))
        let child = KeyDerivation.derive(parent, info: [Array("a".utf8), [1]])
        #expect(KeyDerivation.derive(parent, info: [Array("a".utf8), [1]]).publicKey == child.publicKey)
        #expect(KeyDerivation.derive(parent, info: [Array("a".utf8), [2]]).publicKey != child.publicKey)
        // Info slices are concatenated, so the split between them does not matter (as in Phala).
        #expect(KeyDerivation.derive(parent, info: [Array("a".utf8) + [1]]).publicKey == child.publicKey)
    }
}
