public import SCALE

/// A pool record in `Pools`: a stake pool (0) or a vault (1), as Phala's `PoolProxy`.
public enum PoolProxy: Sendable, Hashable, ScaleCodable {
    /// A stake pool.
    case stakePool(StakePool)
    /// A vault.
    case vault(Vault)

    /// The base pool either kind holds.
    public var basePool: BasePool {
        switch self {
        case .stakePool(let pool): pool.basePool
        case .vault(let vault): vault.basePool
        }
    }

    /// Appends the variant index and the record.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .stakePool(let pool):
            encoder.encode(variantIndex: 0)
            encoder.encode(pool)
        case .vault(let vault):
            encoder.encode(variantIndex: 1)
            encoder.encode(vault)
        }
    }

    /// Reads the variant index and the record.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        switch index {
        case 0: self = .stakePool(try decoder.decode())
        case 1: self = .vault(try decoder.decode())
        default: throw decoder.unknownVariant(index, of: PoolProxy.self)
        }
    }
}
