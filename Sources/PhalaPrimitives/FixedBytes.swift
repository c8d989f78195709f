public import SCALE

/// A byte string of exactly `count` bytes, for wire values whose size the type fixes: `[u8; N]` in Rust.
///
/// Engine ids (4 bytes), Ethereum-style addresses (20), hashes and account ids (32), signatures (64 or
/// 65) are all `FixedBytes`. The length is checked once, when the value is made, so every later use can
/// rely on it. SCALE writes the bytes with no length prefix.
public struct FixedBytes<let count: Int>: Sendable, Hashable {
    /// The `count` bytes, in wire order.
    public let bytes: [UInt8]

    /// Wraps `bytes` after checking their length.
    /// - Parameter bytes: exactly `count` bytes.
    /// - Throws: `FixedBytesError.wrongLength` when `bytes` has any other length.
    public init(_ bytes: some Collection<UInt8>) throws(FixedBytesError) {
        guard bytes.count == count else { throw .wrongLength(expected: count, actual: bytes.count) }
        self.bytes = Array(bytes)
    }

    /// Parses `count` bytes written as hex digits, with or without a leading `0x`.
    /// - Parameter hex: `2 × count` hex digits in either case, optionally prefixed by `0x`.
    /// - Throws: `FixedBytesError` for a bad digit, an odd number of digits or the wrong length.
    public init(hex: String) throws(FixedBytesError) {
        try self.init(try Hex.decode(hex))
    }

    /// `count` zero bytes.
    public static var zero: Self { Self(uncheckedBytes: [UInt8](repeating: 0, count: count)) }

    /// `count` copies of `byte`, for test vectors such as `11…11`.
    public init(repeating byte: UInt8) {
        self.init(uncheckedBytes: [UInt8](repeating: byte, count: count))
    }

    /// Wraps bytes whose length the caller has already established.
    init(uncheckedBytes bytes: [UInt8]) {
        precondition(bytes.count == count, "FixedBytes<\(count)> built from \(bytes.count) bytes")
        self.bytes = bytes
    }
}

extension FixedBytes: ScaleCodable {
    /// Appends the bytes with no length prefix.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.append(bytes)
    }

    /// Reads exactly `count` bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(uncheckedBytes: try decoder.readBytes(count))
    }
}

extension FixedBytes: CustomStringConvertible {
    /// The bytes as lowercase hex with a `0x` prefix.
    public var description: String { Hex.encode(bytes) }
}
