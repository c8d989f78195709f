import PalletPhatContracts
public import PhalaCrypto
public import PhalaPrimitives
public import SCALE

/// The gatekeeper's answer to a cluster deployment: the cluster key encrypted to each listed worker,
/// with the cluster's settings (Phala's `ClusterOperation::DispatchKeys(BatchDispatchClusterKeyEvent)`,
/// phala-facts.md §6.3), sent on `phala/cluster/key` from the Gatekeeper origin.
///
/// SCALE: variant 0, then the encrypted keys as a map sorted by worker key, cluster, owner, deposit,
/// gas price, deposit per item, deposit per byte and treasury account.
public struct ClusterKeyDispatch: Sendable, Hashable {
    /// One worker's copy of the cluster key, sealed to its ECDH key.
    public var secretKeys: [FixedBytes<32>: EncryptedKey]
    /// The cluster.
    public var cluster: H256
    /// The cluster's owner.
    public var owner: AccountId32
    /// The owner's deposit to the cluster, in planck.
    public var deposit: UInt128
    /// Gas price, deposit per storage item and per byte, as the chain set them.
    public var gasPrice: UInt128, depositPerItem: UInt128, depositPerByte: UInt128
    /// Where gas fees go.
    public var treasuryAccount: AccountId32
}

extension ClusterKeyDispatch: ScaleCodable {
    /// Writes variant 0 and the fields; the key map in worker-key order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: 0)
        let entries = secretKeys.sorted { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }
        encoder.encode(compactLength: entries.count)
        for (worker, key) in entries {
            encoder.encode(worker)
            encoder.encode(key)
        }
        encoder.encode(tuple: cluster, owner, deposit, gasPrice, depositPerItem, depositPerByte, treasuryAccount)
    }

    /// Reads a `DispatchKeys` operation.
    /// - Throws: `ScaleDecodingError` for another operation or malformed bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: ClusterKeyDispatch.self) }
        var keys: [FixedBytes<32>: EncryptedKey] = [:]
        for _ in 0..<(try decoder.decodeCompactLength()) {
            let worker: FixedBytes<32> = try decoder.decode()
            keys[worker] = try decoder.decode(EncryptedKey.self)
        }
        secretKeys = keys
        cluster = try decoder.decode()
        owner = try decoder.decode()
        deposit = try decoder.decode()
        gasPrice = try decoder.decode()
        depositPerItem = try decoder.decode()
        depositPerByte = try decoder.decode()
        treasuryAccount = try decoder.decode()
    }
}
