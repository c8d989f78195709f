public import PhalaCrypto
public import SCALE

/// The message that gives a newly registered gatekeeper the whole master key history: Phala's
/// `DispatchMasterKeyHistoryEvent { dest, encrypted_master_key_history }` (phala-facts §2.3).
///
/// Each entry is one `RotatedMasterKey`'s 64-byte secret encrypted with `EncryptedKey.encrypt` under the
/// sender's current master key and salt `"master_key_sharing"`. Phala sends a single-key
/// `MasterKeyDistribution` while the history has one key; this type always carries the history form,
/// which holds the same information.
///
/// SCALE: `dest` (32 bytes) ‖ compact count ‖ per entry: rotation id (u64 LE) ‖ block height (u32 LE) ‖
/// `EncryptedKey`.
public struct MasterKeyHandover: Sendable, Hashable, ScaleCodable {
    /// One encrypted master key of the history.
    public struct Entry: Sendable, Hashable, ScaleCodable {
        /// The key's rotation id.
        public let rotationID: UInt64
        /// The block the key took effect at.
        public let blockHeight: UInt32
        /// The key's secret, encrypted to the destination.
        public let encryptedKey: EncryptedKey

        /// Bundles an entry.
        /// - Parameters:
        ///   - rotationID: the key's rotation id.
        ///   - blockHeight: the block the key took effect at.
        ///   - encryptedKey: the encrypted secret.
        public init(rotationID: UInt64, blockHeight: UInt32, encryptedKey: EncryptedKey) {
            self.rotationID = rotationID
            self.blockHeight = blockHeight
            self.encryptedKey = encryptedKey
        }

        /// Writes rotation id, block height and encrypted key.
        public func encode(to encoder: inout ScaleEncoder) {
            encoder.encode(tuple: rotationID, blockHeight, encryptedKey)
        }

        /// Reads rotation id, block height and encrypted key.
        /// - Throws: `ScaleDecodingError` for truncated or malformed input.
        public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
            rotationID = try decoder.decode()
            blockHeight = try decoder.decode()
            encryptedKey = try decoder.decode()
        }
    }

    /// The identity public key of the gatekeeper that receives the history.
    public let destination: Sr25519.PublicKey
    /// The history, oldest key first.
    public let entries: [Entry]

    /// Bundles a handover.
    /// - Parameters:
    ///   - destination: the receiving gatekeeper's identity key.
    ///   - entries: the encrypted history, oldest first.
    public init(destination: Sr25519.PublicKey, entries: [Entry]) {
        self.destination = destination
        self.entries = entries
    }

    /// Writes destination and entries.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.append(destination.bytes)
        encoder.encode(entries)
    }

    /// Reads destination and entries.
    /// - Throws: `ScaleDecodingError` for truncated or malformed input.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        destination = try decoder.decodeSr25519PublicKey()
        entries = try decoder.decode()
    }
}
