public import SCALE

/// When in the block an event happened (frame-system's `Phase`), so clients can tie events to
/// extrinsics.
///
/// SCALE: `ApplyExtrinsic(u32)` = `00 ‖ u32`, `Finalization` = `01`, `Initialization` = `02`.
public enum Phase: Sendable, Hashable {
    /// While applying the extrinsic at this index in the block.
    case applyExtrinsic(UInt32)
    /// While finalizing the block, after the last extrinsic.
    case finalization
    /// While initializing the block, before the first extrinsic.
    case initialization
}

extension Phase: ScaleCodable {
    /// Appends the variant index and, for `applyExtrinsic`, the index as a little-endian u32.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .applyExtrinsic(let index):
            encoder.encode(variantIndex: 0)
            encoder.encode(index)
        case .finalization: encoder.encode(variantIndex: 1)
        case .initialization: encoder.encode(variantIndex: 2)
        }
    }

    /// Reads one phase; an index above 2 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .applyExtrinsic(try decoder.decode())
        case 1: self = .finalization
        case 2: self = .initialization
        default: throw decoder.unknownVariant(variant, of: Phase.self)
        }
    }
}
