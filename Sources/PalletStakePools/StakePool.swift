public import PhalaPrimitives
public import SCALE

/// A stake pool: a base pool whose owner runs workers with the stakers' W-PHA (Phala's `StakePool`).
///
/// Free stake is the W-PHA of `basePool`'s pool account, computing stake sits in `lockAccount`, and
/// the owner's commission collects in `ownerRewardAccount` (accounts per phala-facts.md §0.3).
/// SCALE: basepool, cid u32, pool_account_id, payout_commission Option<Permill>, cap Option<u128>,
/// workers Vec<[u8;32]>, cd_workers Vec<[u8;32]>, lock_account, owner_reward_account.
public struct StakePool: Sendable, Hashable, ScaleCodable {
    /// The share accounting.
    public var basePool: BasePool
    /// The pool's share collection id (Phala's NFT collection, kept for its numbering).
    public var cid: UInt32
    /// The account holding the pool's free W-PHA (`"bp/" ‖ …`).
    public var poolAccount: AccountId32
    /// The owner's cut of rewards; `nil` reads as 0.
    public var payoutCommission: Permill?
    /// The most W-PHA the pool may hold (`total_value`), if capped.
    public var cap: Balance?
    /// The workers added to the pool, in the order they were added.
    public var workers: [FixedBytes<32>]
    /// The workers stopped and cooling down.
    public var cdWorkers: [FixedBytes<32>]
    /// The account holding the stake of computing workers (`"sl/" ‖ …`).
    public var lockAccount: AccountId32
    /// The account collecting the owner's commission (`"so/" ‖ …`).
    public var ownerRewardAccount: AccountId32

    /// Creates an empty stake pool with the accounts derived from `pid` and `owner`.
    /// - Parameters:
    ///   - pid: the pool id.
    ///   - owner: the creator.
    ///   - cid: the collection id.
    public init(pid: UInt64, owner: AccountId32, cid: UInt32) {
        basePool = BasePool(pid: pid, owner: owner, kind: .stakePool)
        self.cid = cid
        poolAccount = PoolAccounts.poolAccount(pid: pid, owner: owner)
        payoutCommission = nil
        cap = nil
        workers = []
        cdWorkers = []
        lockAccount = PoolAccounts.lockAccount(pid: pid, owner: owner)
        ownerRewardAccount = PoolAccounts.ownerRewardAccount(pid: pid, owner: owner)
    }

    /// Appends the fields in the order above.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: basePool, cid, poolAccount, payoutCommission, cap)
        encoder.encode(tuple: workers, cdWorkers, lockAccount, ownerRewardAccount)
    }

    /// Reads the fields in the order above.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        basePool = try decoder.decode()
        cid = try decoder.decode()
        poolAccount = try decoder.decode()
        payoutCommission = try decoder.decode()
        cap = try decoder.decode()
        workers = try decoder.decode()
        cdWorkers = try decoder.decode()
        lockAccount = try decoder.decode()
        ownerRewardAccount = try decoder.decode()
    }
}
