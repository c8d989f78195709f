public import SCALE

/// The built-in types scale-info describes without a path: `TypeDef::Primitive`.
///
/// The raw value is the variant index scale-info's `TypeDefPrimitive` encodes with.
public enum PrimitiveType: UInt8, Sendable, Hashable, CaseIterable {
    /// `bool`: one byte, 0 or 1.
    case bool = 0
    /// `char`: a Unicode scalar as a little-endian `u32`.
    case char = 1
    /// `str`: a UTF-8 string with a compact length prefix.
    case str = 2
    /// `u8`.
    case u8 = 3
    /// `u16`, little-endian.
    case u16 = 4
    /// `u32`, little-endian.
    case u32 = 5
    /// `u64`, little-endian.
    case u64 = 6
    /// `u128`, little-endian.
    case u128 = 7
    /// `u256`, little-endian.
    case u256 = 8
    /// `i8`.
    case i8 = 9
    /// `i16`, little-endian two's complement.
    case i16 = 10
    /// `i32`, little-endian two's complement.
    case i32 = 11
    /// `i64`, little-endian two's complement.
    case i64 = 12
    /// `i128`, little-endian two's complement.
    case i128 = 13
    /// `i256`, little-endian two's complement.
    case i256 = 14
}

extension PrimitiveType: ScaleEncodable {
    /// Appends the primitive's variant index.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: rawValue)
    }
}
