public import SCALE

/// Whether a call's sender pays the inclusion fee (frame-support's `Pays`).
///
/// SCALE: one byte, `Yes` = 0, `No` = 1.
public enum Pays: UInt8, Sendable, Hashable, CaseIterable {
    /// The sender pays the length and weight fee.
    case yes = 0
    /// Only the tip is paid.
    case no = 1
}

extension Pays: ScaleCodable {
    /// Appends the raw value.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: rawValue)
    }

    /// Reads the raw value; anything above 1 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        guard let value = Self(rawValue: index) else { throw decoder.unknownVariant(index, of: Self.self) }
        self = value
    }
}
