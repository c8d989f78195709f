/// An unsigned integer in SCALE's compact encoding, which spends fewer bytes on smaller values.
///
/// Four modes, chosen by the two low bits of the first byte:
/// - `0b00` single byte: values below 2⁶, stored as `value << 2`;
/// - `0b01` two bytes: below 2¹⁴, `value << 2 | 1` little-endian;
/// - `0b10` four bytes: below 2³⁰, `value << 2 | 2` little-endian;
/// - `0b11` big integer: the first byte's upper six bits hold `byteCount - 4`, then `byteCount`
///   little-endian bytes (4 to 67, enough for u128 with 17 to spare).
///
/// Each value has exactly one valid encoding: the decoder rejects a value written in a longer mode
/// than it needs (as parity-scale-codec does), and one that does not fit `Value`.
public struct Compact<Value: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable, Hashable {
    /// The integer carried.
    public var value: Value

    /// Wraps `value` for compact encoding.
    public init(_ value: Value) {
        self.value = value
    }
}

extension Compact: ScaleEncodable {
    /// Appends the shortest encoding of `value`.
    public func encode(to encoder: inout ScaleEncoder) {
        if value < 1 << 6 {
            encoder.append(byte: UInt8(truncatingIfNeeded: value) << 2)
        } else if value < 1 << 14 {
            encoder.encodeLittleEndian(UInt16(truncatingIfNeeded: value) << 2 | 0b01)
        } else if value < 1 << 30 {
            encoder.encodeLittleEndian(UInt32(truncatingIfNeeded: value) << 2 | 0b10)
        } else {
            let byteCount = (Value.bitWidth - value.leadingZeroBitCount + 7) / 8
            encoder.append(byte: UInt8(byteCount - 4) << 2 | 0b11)
            var rest = value
            for _ in 0..<byteCount {
                encoder.append(byte: UInt8(truncatingIfNeeded: rest))
                rest >>= 8
            }
        }
    }
}

extension Compact: ScaleDecodable {
    /// Reads a compact integer in its shortest encoding that fits `Value`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let start = decoder.offset
        let first = try decoder.readByte()
        let decoded: UInt128
        switch first & 0b11 {
        case 0b00:
            decoded = UInt128(first >> 2)
        case 0b01:
            let second = try decoder.readByte()
            decoded = UInt128((UInt16(second) << 8 | UInt16(first)) >> 2)
            guard decoded >= 1 << 6 else { throw ScaleDecodingError(.nonCanonicalCompact, at: start) }
        case 0b10:
            let rest = try decoder.readBytes(3)
            let word = UInt32(first) | UInt32(rest[0]) << 8 | UInt32(rest[1]) << 16 | UInt32(rest[2]) << 24
            decoded = UInt128(word >> 2)
            guard decoded >= 1 << 14 else { throw ScaleDecodingError(.nonCanonicalCompact, at: start) }
        default:
            let byteCount = Int(first >> 2) + 4
            let raw = try decoder.readBytes(byteCount)
            // The top byte must be non-zero (shortest form), and nothing beyond 16 bytes may be set.
            guard raw[byteCount - 1] != 0 else { throw ScaleDecodingError(.nonCanonicalCompact, at: start) }
            guard byteCount <= 16 else { throw ScaleDecodingError(.integerOverflow(type: "\(Value.self)"), at: start) }
            var word: UInt128 = 0
            for (index, byte) in raw.enumerated() { word |= UInt128(byte) << (8 * index) }
            decoded = word
            guard decoded >= 1 << 30 else { throw ScaleDecodingError(.nonCanonicalCompact, at: start) }
        }
        guard let fitted = Value(exactly: decoded) else {
            throw ScaleDecodingError(.integerOverflow(type: "\(Value.self)"), at: start)
        }
        value = fitted
    }
}
