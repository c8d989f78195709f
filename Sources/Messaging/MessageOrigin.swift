public import PhalaPrimitives
public import SCALE

/// Who sent a message: the key that must have signed it and the sequence counter it advances
/// (phala-mq's `MessageOrigin`, phala-facts.md §5.1).
///
/// SCALE: the variant index, then the payload: Pallet(Vec<u8>) = 0, Contract(H256) = 1,
/// Worker(sr25519 public key) = 2, AccountId(H256) = 3, MultiLocation(Vec<u8>) = 4, Gatekeeper = 5,
/// Cluster(H256) = 6, Reserved = 255. The 255 keeps the 0xFF prefix of wrapped signing domains
/// (phala-facts.md §0.4) apart from any signed message.
public enum MessageOrigin: Sendable, Hashable {
    /// Index 0: a pallet on chain, by its runtime name (e.g. "PhalaRegistry").
    case pallet(name: [UInt8])
    /// Index 1: a contract, by its id.
    case contract(H256)
    /// Index 2: a worker, by its sr25519 identity public key.
    case worker(FixedBytes<32>)
    /// Index 3: a chain account.
    case accountId(H256)
    /// Index 4: an XCM location, SCALE-encoded.
    case multiLocation([UInt8])
    /// Index 5: the gatekeepers together, signing with the master key.
    case gatekeeper
    /// Index 6: a contract cluster, by its id.
    case cluster(H256)
    /// Index 255: never sent; reserves the 0xFF byte for wrapped signing domains.
    case reserved

    /// Whether the origin lives off chain (Worker, Contract, Cluster, Gatekeeper): only such origins
    /// may submit signed messages to the chain.
    public var isOffchain: Bool {
        switch self {
        case .worker, .contract, .cluster, .gatekeeper: true
        case .pallet, .accountId, .multiLocation, .reserved: false
        }
    }

    /// A pallet origin named by its runtime name.
    /// - Parameter name: the pallet's runtime name, e.g. "PhalaRegistry".
    /// - Returns: `.pallet(name:)` with the UTF-8 bytes of `name`.
    public static func pallet(_ name: String) -> MessageOrigin { .pallet(name: Array(name.utf8)) }
}

extension MessageOrigin: ScaleCodable {
    /// Appends the variant index and the payload.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .pallet(let name):
            encoder.encode(variantIndex: 0)
            encoder.encode(name)
        case .contract(let id):
            encoder.encode(variantIndex: 1)
            encoder.encode(id)
        case .worker(let key):
            encoder.encode(variantIndex: 2)
            encoder.encode(key)
        case .accountId(let account):
            encoder.encode(variantIndex: 3)
            encoder.encode(account)
        case .multiLocation(let location):
            encoder.encode(variantIndex: 4)
            encoder.encode(location)
        case .gatekeeper: encoder.encode(variantIndex: 5)
        case .cluster(let id):
            encoder.encode(variantIndex: 6)
            encoder.encode(id)
        case .reserved: encoder.encode(variantIndex: 255)
        }
    }

    /// Reads one origin; an index outside the list above is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .pallet(name: try decoder.decode())
        case 1: self = .contract(try decoder.decode())
        case 2: self = .worker(try decoder.decode())
        case 3: self = .accountId(try decoder.decode())
        case 4: self = .multiLocation(try decoder.decode())
        case 5: self = .gatekeeper
        case 6: self = .cluster(try decoder.decode())
        case 255: self = .reserved
        default: throw decoder.unknownVariant(variant, of: MessageOrigin.self)
        }
    }
}
