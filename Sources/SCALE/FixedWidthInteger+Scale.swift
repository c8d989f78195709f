// Fixed-width integers encode as their little-endian bytes: u8/i8 as one byte up to u128/i128 as sixteen.

extension ScaleEncoder {
    /// Appends `value` as `T.bitWidth / 8` little-endian bytes.
    @inlinable
    public mutating func encodeLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { append($0) }
    }
}

extension ScaleDecoder {
    /// Reads a `T` from `T.bitWidth / 8` little-endian bytes.
    public mutating func decodeLittleEndian<T: FixedWidthInteger>(_ type: T.Type = T.self) throws(ScaleDecodingError) -> T {
        let size = T.bitWidth / 8
        guard remaining >= size else { throw error(.unexpectedEnd(needed: size - remaining)) }
        var value = T.zero
        let start = offset
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<start + size]))
            }
        }
        offset += size
        return T(littleEndian: value)
    }
}

extension UInt8: ScaleCodable {
    /// Appends the byte.
    public func encode(to encoder: inout ScaleEncoder) { encoder.append(byte: self) }
    /// Reads one byte.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.readByte() }
}

extension UInt16: ScaleCodable {
    /// Appends two little-endian bytes.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads two little-endian bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension UInt32: ScaleCodable {
    /// Appends four little-endian bytes.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads four little-endian bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension UInt64: ScaleCodable {
    /// Appends eight little-endian bytes.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads eight little-endian bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension UInt128: ScaleCodable {
    /// Appends sixteen little-endian bytes.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads sixteen little-endian bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension Int8: ScaleCodable {
    /// Appends the two's-complement byte.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads one two's-complement byte.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension Int16: ScaleCodable {
    /// Appends two little-endian two's-complement bytes.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads two little-endian two's-complement bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension Int32: ScaleCodable {
    /// Appends four little-endian two's-complement bytes.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads four little-endian two's-complement bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension Int64: ScaleCodable {
    /// Appends eight little-endian two's-complement bytes.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads eight little-endian two's-complement bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension Int128: ScaleCodable {
    /// Appends sixteen little-endian two's-complement bytes.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encodeLittleEndian(self) }
    /// Reads sixteen little-endian two's-complement bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { self = try decoder.decodeLittleEndian() }
}

extension Bool: ScaleCodable {
    /// Appends 1 for true, 0 for false.
    public func encode(to encoder: inout ScaleEncoder) { encoder.append(byte: self ? 1 : 0) }
    /// Reads 0 or 1; any other byte is `.invalidBool`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let byte = try decoder.readByte()
        switch byte {
        case 0: self = false
        case 1: self = true
        default: throw ScaleDecodingError(.invalidBool(byte), at: decoder.offset - 1)
        }
    }
}
