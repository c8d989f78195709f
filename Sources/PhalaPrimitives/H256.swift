import PhalaCrypto

/// A 32-byte hash: block hashes, state and extrinsics roots, transaction hashes.
///
/// Kept apart from `AccountId32` so a hash cannot be passed where an account is meant. Prints and
/// parses as `0x` followed by 64 hex digits; SCALE writes the 32 bytes with no prefix.
public struct H256: FixedBytesWrapper {
    /// The 32 bytes, in wire order.
    public let raw: FixedBytes<32>

    /// Wraps a 32-byte value.
    public init(_ raw: FixedBytes<32>) {
        self.raw = raw
    }

    /// The all-zero hash: the genesis header's parent.
    public static var zero: H256 { H256(.zero) }
}

extension H256 {
    /// The `blake2_256` digest of `bytes`: how block, transaction and node hashes are made.
    /// - Parameter bytes: the encoded value, e.g. an extrinsic with its length prefix.
    public static func blake2_256(of bytes: [UInt8]) -> H256 {
        H256(FixedBytes(uncheckedBytes: Hashing.blake2_256(bytes)))
    }
}
