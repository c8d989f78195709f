public import SCALE

/// A 32-byte hash: block hashes, state and extrinsics roots, transaction hashes.
///
/// Kept apart from `AccountId32` so a hash cannot be passed where an account is meant. Prints and
/// parses as `0x` followed by 64 hex digits; SCALE writes the 32 bytes with no prefix.
public struct H256: Sendable, Hashable {
    /// The 32 bytes, in wire order.
    public let raw: FixedBytes<32>

    /// The 32 bytes as an array.
    public var bytes: [UInt8] { raw.bytes }

    /// Wraps a 32-byte value.
    public init(_ raw: FixedBytes<32>) {
        self.raw = raw
    }

    /// Wraps `bytes` after checking there are exactly 32.
    /// - Parameter bytes: the hash bytes, such as a `blake2_256` digest.
    /// - Throws: `FixedBytesError.wrongLength` for any other length.
    public init(bytes: some Collection<UInt8>) throws(FixedBytesError) {
        raw = try FixedBytes(bytes)
    }

    /// Parses 64 hex digits, with or without a leading `0x`.
    /// - Parameter hex: the hash as printed by RPC or by `description`.
    /// - Throws: `FixedBytesError` for a bad digit, an odd digit count or a length other than 32 bytes.
    public init(hex: String) throws(FixedBytesError) {
        raw = try FixedBytes(hex: hex)
    }

    /// The all-zero hash: the genesis header's parent.
    public static var zero: H256 { H256(.zero) }
}

extension H256: ScaleCodable {
    /// Appends the 32 bytes.
    public func encode(to encoder: inout ScaleEncoder) {
        raw.encode(to: &encoder)
    }

    /// Reads 32 bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        raw = try FixedBytes(from: &decoder)
    }
}

extension H256: CustomStringConvertible {
    /// The hash as `0x` and 64 lowercase hex digits.
    public var description: String { raw.description }
}
