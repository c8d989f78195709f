/// A field-less enum whose SCALE encoding is its one-byte raw value, as SCALE encodes a C-like enum.
/// Conforming gives `encode(to:)` and `init(from:)`; a byte that names no case is `.unknownVariant`.
public protocol ScaleByteEnum: ScaleCodable, RawRepresentable where RawValue == UInt8 {}

extension ScaleByteEnum {
    /// Appends the raw value's byte.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(rawValue)
    }

    /// Reads one byte and the case it names.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let raw: UInt8 = try decoder.decode()
        guard let value = Self(rawValue: raw) else { throw decoder.unknownVariant(raw, of: Self.self) }
        self = value
    }
}
