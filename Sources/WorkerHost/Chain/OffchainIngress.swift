public import Messaging
import PhalaCrypto
public import SCALE

/// `PhalaMq.OffchainIngress`: per off-chain sender, the sequence the chain expects next (default 0).
///
/// The host reads it to tell the enclave which of its egress messages landed (`acknowledgeEgress`).
public enum OffchainIngress {
    /// The storage key of `sender`'s entry:
    /// `twox128("PhalaMq") ‖ twox128("OffchainIngress") ‖ twox64(SCALE(sender)) ‖ SCALE(sender)`.
    /// - Parameter sender: the message origin.
    /// - Returns: the full storage key.
    public static func key(for sender: MessageOrigin) -> [UInt8] {
        Hashing.twox128(Array("PhalaMq".utf8)) + Hashing.twox128(Array("OffchainIngress".utf8))
            + Hashing.twox64Concat(sender.scaleEncoded())
    }

    /// Reads a stored entry: a SCALE `u64`; an absent entry is 0.
    /// - Parameter value: the raw storage value, or `nil` when the key has none.
    /// - Returns: the next expected sequence.
    /// - Throws: `ScaleDecodingError` when the value is not exactly a `u64`.
    public static func nextSequence(from value: [UInt8]?) throws(ScaleDecodingError) -> UInt64 {
        guard let value else { return 0 }
        return try UInt64(scaleDecoding: value)
    }
}
