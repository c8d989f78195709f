public import SCALE

/// A change to a contract's worker-local cache, as recorded by a transaction (pink-abi.md §5.4).
///
/// A transaction may not touch the cache directly (every worker would diverge), so `cache_set`,
/// `cache_set_expiration` and `cache_remove` emit one of these inside `PinkEvent.cacheOperation`;
/// the worker applies it with `ContractCache.apply(_:for:)` after the block commits.
public enum CacheOp: Sendable, Hashable, ScaleCodable {
    /// Stores `value` under `key` with the default time to live (variant 0).
    case set(key: [UInt8], value: [UInt8])
    /// Makes `key` expire `expiration` seconds from now; 0 deletes it (variant 1).
    case setExpiration(key: [UInt8], expiration: UInt64)
    /// Deletes `key` (variant 2).
    case remove(key: [UInt8])

    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .set(let key, let value):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: key, value)
        case .setExpiration(let key, let expiration):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: key, expiration)
        case .remove(let key):
            encoder.encode(variantIndex: 2)
            encoder.encode(key)
        }
    }

    /// Reads the variant index and its fields.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        switch index {
        case 0: self = .set(key: try decoder.decode(), value: try decoder.decode())
        case 1: self = .setExpiration(key: try decoder.decode(), expiration: try decoder.decode())
        case 2: self = .remove(key: try decoder.decode())
        default: throw decoder.unknownVariant(index, of: CacheOp.self)
        }
    }
}
