public import SCALE

/// Master key distribution on `phala/gatekeeper/key`, gatekeeper origin → pRuntimes (Phala's
/// `KeyDistribution`, phala-facts.md §2.3–2.4). SCALE: variant 1 `MasterKeyRotation`, variant 2
/// `MasterKeyHistory`; variant 0 (a single key) is not sent: a handover always carries the whole history.
public enum KeyDistribution: Sendable, Hashable {
    /// Index 1: a gatekeeper's proposal for the next master key, encrypted to every gatekeeper.
    case masterKeyRotation(MasterKeyRotation)
    /// Index 2: the master key history, encrypted to a newly registered gatekeeper.
    case masterKeyHistory(MasterKeyHandover)
}

extension KeyDistribution: ScaleCodable {
    /// Appends the variant index and its payload.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .masterKeyRotation(let rotation):
            encoder.encode(variantIndex: 1)
            encoder.encode(rotation)
        case .masterKeyHistory(let handover):
            encoder.encode(variantIndex: 2)
            encoder.encode(handover)
        }
    }

    /// Reads one distribution; other variants are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 1: self = .masterKeyRotation(try decoder.decode())
        case 2: self = .masterKeyHistory(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: KeyDistribution.self)
        }
    }
}
