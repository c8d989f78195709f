public import SCALE

/// A named 32-byte wire value — a hash, an account id — that is its bytes and nothing else.
///
/// Distinct types keep a hash from being passed where an account is meant; this protocol gives them
/// one construction, hex and SCALE behaviour instead of a copy each. SCALE writes the 32 bytes with no
/// prefix; `description` prints `0x` and 64 lowercase hex digits.
public protocol FixedBytesWrapper: ScaleCodable, CustomStringConvertible, Sendable, Hashable {
    /// The 32 bytes, in wire order.
    var raw: FixedBytes<32> { get }

    /// Wraps a 32-byte value.
    init(_ raw: FixedBytes<32>)
}

extension FixedBytesWrapper {
    /// The 32 bytes as an array.
    public var bytes: [UInt8] { raw.bytes }

    /// Wraps `bytes` after checking there are exactly 32.
    /// - Parameter bytes: the 32 bytes, such as a public key or a `blake2_256` digest.
    /// - Throws: `FixedBytesError.wrongLength` for any other length.
    public init(bytes: some Collection<UInt8>) throws(FixedBytesError) {
        self.init(try FixedBytes(bytes))
    }

    /// Parses 64 hex digits, with or without a leading `0x`.
    /// - Parameter hex: the value as printed by RPC or by `description`.
    /// - Throws: `FixedBytesError` for a bad digit, an odd digit count or a length other than 32 bytes.
    public init(hex: String) throws(FixedBytesError) {
        self.init(try FixedBytes(hex: hex))
    }

    /// Appends the 32 bytes.
    public func encode(to encoder: inout ScaleEncoder) {
        raw.encode(to: &encoder)
    }

    /// Reads 32 bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(try FixedBytes(from: &decoder))
    }

    /// The value as `0x` and 64 lowercase hex digits.
    public var description: String { raw.description }
}
