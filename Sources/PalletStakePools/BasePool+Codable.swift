public import PhalaPrimitives
public import SCALE

// Our storage layout for a base pool (Phala's `BasePool`): pid u64, owner, kind (0 stake pool, 1 vault),
// total_shares, total_value, withdraw_queue Vec<WithdrawRequest>, value_subscribers Vec<u64>, owner_shares.
// The share holdings (Phala's NFT share certificates) are not part of it: the pallet keeps them in
// `ShareHoldings` (pid, account) → shares, so a record's size does not depend on its stakers.

extension BasePool: ScaleCodable {
    /// Appends the pool in the layout above; `holdings` is not encoded.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: pid, owner, kind == .vault ? UInt8(1) : UInt8(0), totalShares, totalValue)
        encoder.encode(tuple: withdrawQueue, valueSubscribers, ownerShares)
    }

    /// Reads a pool, with no holdings loaded; an unknown kind byte is `.unknownVariant`.
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
        ownerShares = try decoder.decode()
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
