public import SCALE

/// The 32-byte identity of an account: for sr25519 and ed25519 keys, the public key itself.
///
/// Users see it as an SS58 address (see `ss58(prefix:)`); RPC, logs and debugging see `0x`-hex
/// (`description`). SCALE writes the 32 bytes with no prefix.
public struct AccountId32: Sendable, Hashable {
    /// The 32 bytes, in wire order.
    public let raw: FixedBytes<32>

    /// The 32 bytes as an array.
    public var bytes: [UInt8] { raw.bytes }

    /// Wraps a 32-byte value.
    public init(_ raw: FixedBytes<32>) {
        self.raw = raw
    }

    /// Wraps `bytes` after checking there are exactly 32.
    /// - Parameter bytes: a public key or other 32-byte account id.
    /// - Throws: `FixedBytesError.wrongLength` for any other length.
    public init(bytes: some Collection<UInt8>) throws(FixedBytesError) {
        raw = try FixedBytes(bytes)
    }

    /// Parses 64 hex digits, with or without a leading `0x`.
    /// - Parameter hex: the account id as printed by `description`.
    /// - Throws: `FixedBytesError` for a bad digit, an odd digit count or a length other than 32 bytes.
    public init(hex: String) throws(FixedBytesError) {
        raw = try FixedBytes(hex: hex)
    }
}

extension AccountId32: ScaleCodable {
    /// Appends the 32 bytes.
    public func encode(to encoder: inout ScaleEncoder) {
        raw.encode(to: &encoder)
    }

    /// Reads 32 bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        raw = try FixedBytes(from: &decoder)
    }
}

extension AccountId32: CustomStringConvertible {
    /// The id as `0x` and 64 lowercase hex digits.
    public var description: String { raw.description }
}
