public import SCALE

/// What kind of code `cluster_upload_resource` uploads (Phala's `ResourceType`), which also picks the
/// size limit.
public enum ResourceType: UInt8, Sendable, Hashable, CaseIterable, ScaleCodable {
    /// Index 0: ink! contract code, at most `PhatContracts.inkCodeSizeLimit` bytes.
    case inkCode = 0
    /// Index 1: a SideVM program, at most `PhatContracts.sidevmCodeSizeLimit` bytes.
    case sidevmCode = 1
    /// Index 2: ink! code allowed to run indeterministically (queries only), with the ink! limit.
    case indeterministicInkCode = 2

    /// The largest upload of this kind, in bytes.
    public var sizeLimit: Int {
        switch self {
        case .inkCode, .indeterministicInkCode: PhatContracts.inkCodeSizeLimit
        case .sidevmCode: PhatContracts.sidevmCodeSizeLimit
        }
    }

    /// Appends the variant index.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: rawValue)
    }

    /// Reads a resource type; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard let type = ResourceType(rawValue: variant) else {
            throw decoder.unknownVariant(variant, of: ResourceType.self)
        }
        self = type
    }
}
