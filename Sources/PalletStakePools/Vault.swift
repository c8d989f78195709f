public import PhalaPrimitives
public import SCALE

/// A vault: a base pool whose owner invests the stakers' W-PHA in stake pools and is paid in new
/// shares when the share price rises (Phala's `Vault`).
///
/// Its value is its free W-PHA plus the value of its shares in `investPools`; the unclaimed commission
/// shares are `basePool.ownerShares`. SCALE: basepool, cid u32, pool_account_id,
/// last_share_price_checkpoint u128, commission Option<Permill>, invest_pools Vec<u64>.
public struct Vault: Sendable, Hashable, ScaleCodable {
    /// The share accounting (with the owner's unclaimed shares).
    public var basePool: BasePool
    /// The vault's share collection id.
    public var cid: UInt32
    /// The account holding the vault's free W-PHA and its shares in stake pools (`"bp/" ‖ …`).
    public var poolAccount: AccountId32
    /// The price (planck per whole share) the owner was last paid up to.
    public var lastSharePriceCheckpoint: Balance
    /// The owner's cut of the price rise; `nil` reads as 0.
    public var commission: Permill?
    /// The stake pools the vault holds shares in.
    public var investPools: [UInt64]

    /// Creates an empty vault with its pool account derived from `pid` and `owner`.
    /// - Parameters:
    ///   - pid: the pool id.
    ///   - owner: the creator.
    ///   - cid: the collection id.
    ///   - checkpoint: the initial price checkpoint (`InitialPriceCheckPoint`, 1 PHA).
    public init(pid: UInt64, owner: AccountId32, cid: UInt32, checkpoint: Balance) {
        basePool = BasePool(pid: pid, owner: owner, kind: .vault)
        self.cid = cid
        poolAccount = PoolAccounts.poolAccount(pid: pid, owner: owner)
        lastSharePriceCheckpoint = checkpoint
        commission = nil
        investPools = []
    }

    /// Appends the fields in the order above.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: basePool, cid, poolAccount, lastSharePriceCheckpoint, commission, investPools)
    }

    /// Reads the fields in the order above.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        basePool = try decoder.decode()
        cid = try decoder.decode()
        poolAccount = try decoder.decode()
        lastSharePriceCheckpoint = try decoder.decode()
        commission = try decoder.decode()
        investPools = try decoder.decode()
    }
}

/// Why a vault was force-shut down (Phala's `ForceShutdownReason`, SCALE indices 0 and 1).
public enum ForceShutdownReason: UInt8, Sendable, Hashable, CaseIterable, ScaleCodable {
    /// Expired withdrawals cannot be paid from the vault's free and releasing stake.
    case noEnoughReleasingStake = 0
    /// The oldest withdrawal has waited more than three grace periods.
    case waiting3xGracePeriod = 1

    /// The variant's name in metadata.
    public var name: String {
        switch self {
        case .noEnoughReleasingStake: "NoEnoughReleasingStake"
        case .waiting3xGracePeriod: "Waiting3xGracePeriod"
        }
    }

    /// Appends the variant index.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encode(variantIndex: rawValue) }

    /// Reads the variant index.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        guard let reason = Self(rawValue: index) else { throw decoder.unknownVariant(index, of: Self.self) }
        self = reason
    }
}
