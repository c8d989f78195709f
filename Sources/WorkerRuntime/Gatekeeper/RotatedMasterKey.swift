public import PhalaCrypto

/// One master key of the gatekeepers' history, with the rotation that made it: Phala's
/// `RotatedMasterKey` (crates/phactory/src/system/master_key.rs; phala-facts §2.2, §2.4).
public struct RotatedMasterKey: Sendable {
    /// 0 for the key the first gatekeeper generated, then 1, 2, … for each rotation.
    public let rotationID: UInt64
    /// The block at which this key took effect (0 for the genesis key).
    public let blockHeight: UInt32
    /// The master key pair; its public key is `GatekeeperMasterPubkey` on chain while it is current.
    public let key: Secret<Sr25519.KeyPair>

    /// Bundles a key with its rotation.
    /// - Parameters:
    ///   - rotationID: the rotation that produced the key.
    ///   - blockHeight: the block it took effect at.
    ///   - key: the key pair.
    public init(rotationID: UInt64, blockHeight: UInt32, key: Secret<Sr25519.KeyPair>) {
        self.rotationID = rotationID
        self.blockHeight = blockHeight
        self.key = key
    }

    /// The master public key.
    public var publicKey: Sr25519.PublicKey { key.exposedValue.publicKey }
}
