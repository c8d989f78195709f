public import SCALE

/// Who signed or receives something, in any of the address forms Substrate's `MultiAddress` allows.
///
/// This chain resolves only `.id` (a plain `AccountId32`); the other forms exist so that any
/// well-formed extrinsic decodes, and the runtime can reject the unsupported ones with a clear reason.
public enum MultiAddress: Sendable, Hashable {
    /// Index 0: an account id.
    case id(AccountId32)
    /// Index 1: an account index from the Indices pallet, encoded as `Compact<u32>`.
    case index(UInt32)
    /// Index 2: raw bytes of any length, as a `Vec<u8>`.
    case raw([UInt8])
    /// Index 3: a 32-byte address.
    case address32(FixedBytes<32>)
    /// Index 4: a 20-byte (Ethereum-style) address.
    case address20(FixedBytes<20>)
}

extension MultiAddress: ScaleCodable {
    /// Appends the variant index and the address.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .id(let account):
            encoder.encode(variantIndex: 0)
            encoder.encode(account)
        case .index(let index):
            encoder.encode(variantIndex: 1)
            encoder.encode(Compact(index))
        case .raw(let bytes):
            encoder.encode(variantIndex: 2)
            encoder.encode(bytes)
        case .address32(let bytes):
            encoder.encode(variantIndex: 3)
            encoder.encode(bytes)
        case .address20(let bytes):
            encoder.encode(variantIndex: 4)
            encoder.encode(bytes)
        }
    }

    /// Reads one address; an index above 4 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .id(try decoder.decode())
        case 1: self = .index(try decoder.decode(Compact<UInt32>.self).value)
        case 2: self = .raw(try decoder.decode())
        case 3: self = .address32(try decoder.decode())
        case 4: self = .address20(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: MultiAddress.self)
        }
    }
}
