public import PhalaPrimitives
public import SCALE

// Our storage layout for a base pool (Phala's `BasePool` plus its NFT share certificates, which this
// chain keeps inside the pool record): pid u64, owner, kind (0 stake pool, 1 vault), total_shares,
// total_value, withdraw_queue Vec<WithdrawRequest>, value_subscribers Vec<u64>,
// holdings Vec<ShareHolding> in account-id order, owner_shares.

extension BasePool: ScaleCodable {
    /// Appends the pool in the layout above; holdings are sorted so equal pools encode equally.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: pid, owner, kind == .vault ? UInt8(1) : UInt8(0), totalShares, totalValue)
        encoder.encode(tuple: withdrawQueue, valueSubscribers, sortedHoldings, ownerShares)
    }

    /// Reads a pool; an unknown kind byte is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let pid: UInt64 = try decoder.decode()
        let owner: AccountId32 = try decoder.decode()
        let kindByte = try decoder.decodeVariantIndex()
        let kind: PoolKind
        switch kindByte {
        case 0: kind = .stakePool
        case 1: kind = .vault
        default: throw decoder.unknownVariant(kindByte, of: PoolKind.self)
        }
        self.init(pid: pid, owner: owner, kind: kind)
        totalShares = try decoder.decode()
        totalValue = try decoder.decode()
        withdrawQueue = try decoder.decode()
        valueSubscribers = try decoder.decode()
        let holdings: [ShareHolding] = try decoder.decode()
        for holding in holdings { self.holdings[holding.account] = holding.shares }
        ownerShares = try decoder.decode()
    }

    /// The holdings as records in account-id byte order (the order they are stored in).
    public var sortedHoldings: [ShareHolding] {
        holdings.map { ShareHolding(account: $0.key, shares: $0.value) }
            .sorted { $0.account.bytes.lexicographicallyPrecedes($1.account.bytes) }
    }
}

extension WithdrawRequest: ScaleCodable {
    /// Appends user, start_time (u64 seconds) and shares.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: user, startTime, shares)
    }

    /// Reads user, start_time and shares.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(user: try decoder.decode(), startTime: try decoder.decode(), shares: try decoder.decode())
    }
}

/// One staker's share certificate in a pool: Phala's merged share NFT reduced to its `shares` attribute.
public struct ShareHolding: Sendable, Hashable, ScaleCodable {
    /// The holder.
    public var account: AccountId32
    /// The shares held outside the withdraw queue.
    public var shares: Balance

    /// Builds a record.
    /// - Parameters:
    ///   - account: the holder.
    ///   - shares: the shares held.
    public init(account: AccountId32, shares: Balance) {
        self.account = account
        self.shares = shares
    }

    /// Appends account and shares.
    public func encode(to encoder: inout ScaleEncoder) { encoder.encode(tuple: account, shares) }

    /// Reads account and shares.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(account: try decoder.decode(), shares: try decoder.decode())
    }
}
