public import SCALE

/// Which share of the block a call uses and how it is prioritised (frame-support's `DispatchClass`).
///
/// SCALE: one byte, the raw value.
public enum DispatchClass: UInt8, Sendable, Hashable, CaseIterable {
    /// Ordinary transactions: limited to the normal share of the block.
    case normal = 0
    /// Operational transactions (governance, sudo): may use the reserved rest of the block.
    case operational = 1
    /// Inherents: always included, whatever the block's weight.
    case mandatory = 2
}

extension DispatchClass: ScaleCodable {
    /// Appends the raw value.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: rawValue)
    }

    /// Reads the raw value; anything above 2 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        guard let value = Self(rawValue: index) else { throw decoder.unknownVariant(index, of: Self.self) }
        self = value
    }
}
