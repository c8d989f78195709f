public import PhalaCrypto
public import PhalaPrimitives

extension GatekeeperKeys {
    /// HKDF info prefix of cluster keys.
    static let clusterKeyInfo = Array("cluster_key".utf8)
    /// HKDF info prefix of contract keys.
    static let contractKeyInfo = Array("contract_key".utf8)
    /// HKDF info of the gatekeeper randomness key.
    static let randomNumberInfo = Array("random_number".utf8)

    /// A cluster's key: `KeyDerivation.derive(master, ["cluster_key", cluster id (32 bytes)])`
    /// (phala-facts §2.5, gk.rs `get_cluster_key`). Its public key is also the cluster's ECDH key.
    /// - Parameters:
    ///   - clusterID: the cluster's 32-byte id.
    ///   - rotationID: which master key to derive from; `nil` for the current one. Clusters created under
    ///     an older master key keep deriving from it.
    /// - Returns: the cluster key pair.
    /// - Throws: `GatekeeperKeyError.unknownRotation` when that master key is not held.
    public func clusterKey(clusterID: H256, rotationID: UInt64? = nil) throws(GatekeeperKeyError) -> Secret<
        Sr25519.KeyPair
    > {
        let master = try rotationID.map { id throws(GatekeeperKeyError) in try masterKey(rotationID: id) } ?? current
        return Secret(KeyDerivation.derive(master.key.exposedValue, info: [Self.clusterKeyInfo, clusterID.bytes]))
    }

    /// A contract's key: `KeyDerivation.derive(cluster key, ["contract_key", contract id (32 bytes)])`
    /// (phala-facts §2.5, system/mod.rs `get_contract_key`); its ECDH key is the same secret.
    /// - Parameters:
    ///   - clusterKey: the key of the contract's cluster.
    ///   - contractID: the contract's 32-byte id.
    /// - Returns: the contract key pair.
    public static func contractKey(clusterKey: Secret<Sr25519.KeyPair>, contractID: H256) -> Secret<Sr25519.KeyPair> {
        Secret(KeyDerivation.derive(clusterKey.exposedValue, info: [contractKeyInfo, contractID.bytes]))
    }

    /// The master key in force at `blockNumber`: the newest whose `blockHeight` is not after it.
    /// - Parameter blockNumber: the block.
    /// - Returns: that key (rotation 0 at the latest).
    public func masterKey(atBlock blockNumber: UInt32) -> RotatedMasterKey {
        history.last { $0.blockHeight <= blockNumber } ?? history[0]
    }

    /// The gatekeepers' random number for a block (phala-facts §2.6): `blake2_256(last random number (32)
    /// ‖ block number u32 BE ‖ derive(master, ["random_number"]).secret (64))`, with the master key in
    /// force at that block. Emitted every 5 blocks; every gatekeeper computes the same value.
    /// - Parameters:
    ///   - blockNumber: the block.
    ///   - lastRandomNumber: the previous random number (32 zero bytes for the first).
    /// - Returns: 32 bytes.
    public func randomNumber(blockNumber: UInt32, lastRandomNumber: [UInt8]) -> [UInt8] {
        let randomKey = KeyDerivation.derive(
            masterKey(atBlock: blockNumber).key.exposedValue,
            info: [Self.randomNumberInfo]
        )
        var input = lastRandomNumber
        input += withUnsafeBytes(of: blockNumber.bigEndian) { Array($0) }
        input += randomKey.secretKeyBytes
        return Hashing.blake2_256(input)
    }
}
