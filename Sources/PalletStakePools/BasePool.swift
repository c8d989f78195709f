public import PhalaPrimitives

/// The share accounting of one stake pool or vault (Phala's `BasePool` with its NFT share certificates).
///
/// A pure value: it never moves money. The pool's free W-PHA balance is passed in by the caller,
/// and operations return the transfers the pallet must make. Each user's merged share NFT is one
/// entry of the pool's share holdings; queued withdrawals hold their shares in `withdrawQueue`; a
/// vault's unclaimed commission shares sit in `ownerShares`. So Σ holdings + Σ queued + ownerShares ==
/// totalShares after every operation.
///
/// The holdings are not part of the record: `holdings` carries only those this value works on. A pool
/// kept in memory (tests, models) keeps all of them there; the pallet keeps them in its `ShareHoldings`
/// storage map and loads into `holdings` just the ones an operation touches (`contribute`, `withdraw`
/// and `claimOwnerShares` touch one each), so the stored record does not grow with its stakers.
public struct BasePool: Sendable, Hashable {
    /// The pool id.
    public let pid: UInt64
    /// The pool owner.
    public let owner: AccountId32
    /// Whether this is a stake pool or a vault.
    public let kind: PoolKind
    /// All shares in existence.
    public internal(set) var totalShares: Balance
    /// The value of all shares in W-PHA planck (free stake, computing stake and rewards).
    public internal(set) var totalValue: Balance
    /// Pending withdrawals, oldest first; at most one per user.
    public internal(set) var withdrawQueue: [WithdrawRequest]
    /// The vault pids whose NAV follows this pool's rewards.
    public internal(set) var valueSubscribers: [UInt64]
    /// The share holdings this value works on (each user's merged share NFT): all of them for a pool kept
    /// in memory, the loaded ones for a pool read from storage (see above). Not encoded with the record;
    /// never iterated in a way that affects results.
    public internal(set) var holdings: [AccountId32: Balance]
    /// A vault's commission shares not yet claimed by its owner (always 0 for stake pools).
    public internal(set) var ownerShares: Balance

    /// Creates an empty pool.
    /// - Parameters:
    ///   - pid: the pool id.
    ///   - owner: the pool owner.
    ///   - kind: whether this is a stake pool or a vault.
    public init(pid: UInt64, owner: AccountId32, kind: PoolKind) {
        self.pid = pid
        self.owner = owner
        self.kind = kind
        totalShares = .zero
        totalValue = .zero
        withdrawQueue = []
        valueSubscribers = []
        holdings = [:]
        ownerShares = .zero
    }

    /// Whether `amount` is dust: at most 1000 planck (Phala's `balance_close_to_zero`).
    /// - Parameter amount: a balance or share count.
    /// - Returns: true for 0…1000 planck.
    public static func isDust(_ amount: Balance) -> Bool { amount.planck <= 1000 }

    /// The value of one share, `totalValue / totalShares` in fixed point (Phala's `share_price`).
    ///
    /// `nil` when the shares convert to fixed-point 0 (no shares); `.zero` means bankrupt.
    public var sharePrice: U64F64? {
        guard let shares = try? U64F64(balance: totalShares), shares != .zero,
            let value = try? U64F64(balance: totalValue)
        else { return nil }
        return try? value.divided(by: shares)
    }

    /// The shares `user` holds outside the withdraw queue, as far as `holdings` carries them.
    /// - Parameter user: the staker.
    /// - Returns: their holding, 0 if none (or not loaded).
    public func shares(of user: AccountId32) -> Balance { holdings[user] ?? .zero }

    /// The shares `user` has waiting in the withdraw queue.
    /// - Parameter user: the staker.
    /// - Returns: the queued shares, 0 if none.
    public func queuedShares(of user: AccountId32) -> Balance {
        withdrawQueue.first { $0.user == user }?.shares ?? .zero
    }

    /// Buys shares for `amount` W-PHA at the current price (Phala's `contribute`/`add_stake_to_new_nft`).
    ///
    /// Adds to `holdings[user]`, which must be loaded. The caller transfers `amount` W-PHA from `user` to
    /// the pool account and then processes the queue.
    /// - Parameters:
    ///   - user: the contributor.
    ///   - amount: the W-PHA paid in.
    /// - Returns: the shares minted: `bdiv(amount, price)`, or `amount` when there is no price or it is 0.
    /// - Throws: `.poolBankrupt` when there are shares but no value; `.arithmeticOverflow`.
    @discardableResult
    public mutating func contribute(user: AccountId32, amount: Balance) throws(StakePoolError) -> Balance {
        guard totalShares == .zero || totalValue > .zero else { throw .poolBankrupt }
        let minted: Balance
        if let price = sharePrice, price != .zero {
            do { minted = try amount.divided(by: price) } catch { throw .arithmeticOverflow }
        } else {
            minted = amount
        }
        holdings[user] = shares(of: user).saturatingAdding(minted)
        totalShares = totalShares.saturatingAdding(minted)
        totalValue = totalValue.saturatingAdding(amount)
        return minted
    }

    /// Decides whether the pool takes `reward` (steps 1–3 of Phala's `handle_pool_new_reward`).
    /// - Parameter reward: the worker's settled payout in planck.
    /// - Returns: `.ignored` for 0, `.dismissedDust` for ≤ 1000 planck, `.dismissedNoShare` when total
    ///   shares are ≤ 1000, else `.accepted`.
    public func admitReward(_ reward: Balance) -> RewardAdmission {
        if reward == .zero { return .ignored }
        if Self.isDust(reward) { return .dismissedDust }
        if Self.isDust(totalShares) { return .dismissedNoShare }
        return .accepted
    }

    /// Adds a reward to the pool's value, raising the share price (Phala's `distribute_reward`).
    ///
    /// The caller has minted `amount` W-PHA to the pool account. No queue processing follows.
    /// - Parameter amount: the reward for stakers.
    public mutating func distributeReward(_ amount: Balance) {
        totalValue = totalValue.saturatingAdding(amount)
    }

    /// Records that vault `vaultPid` invested here, so its NAV follows this pool's rewards; a vault is listed once.
    /// - Parameter vaultPid: the investing vault's pool id.
    public mutating func addValueSubscriber(_ vaultPid: UInt64) {
        if !valueSubscribers.contains(vaultPid) { valueSubscribers.append(vaultPid) }
    }
}
