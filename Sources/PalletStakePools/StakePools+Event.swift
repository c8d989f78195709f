public import PhalaPrimitives
public import SCALE

extension StakePools {
    /// The pallet's events: Phala's `stake_pool_v2`, `vault`, `base_pool` and `wrapped_balances` events
    /// under one pallet, with Phala's names and fields (the vault's `PoolCreated` and `Contribution` become
    /// `VaultCreated` and `VaultContribution` to stay unique; indices are ours, append-only).
    public enum Event: Sendable, Hashable {
        /// Index 0, `PoolCreated`: a stake pool was created.
        case poolCreated(owner: AccountId32, pid: UInt64, cid: UInt32, poolAccountID: AccountId32)
        /// Index 1, `PoolCommissionSet`: a stake pool's commission changed (parts per million).
        case poolCommissionSet(pid: UInt64, commission: UInt32)
        /// Index 2, `PoolCapacitySet`: a stake pool's cap changed.
        case poolCapacitySet(pid: UInt64, cap: Balance)
        /// Index 3, `PoolWorkerAdded`: a worker joined a stake pool and its session was bound.
        case poolWorkerAdded(pid: UInt64, worker: FixedBytes<32>, session: AccountId32)
        /// Index 4, `Contribution`: someone (or a vault, `as_vault`) bought shares of a stake pool.
        case contribution(pid: UInt64, user: AccountId32, amount: Balance, shares: Balance, asVault: UInt64?)
        /// Index 5, `OwnerRewardsWithdrawn`: a stake pool owner claimed the commission.
        case ownerRewardsWithdrawn(pid: UInt64, user: AccountId32, amount: Balance)
        /// Index 6, `RewardDismissedNotInPool`: a settled worker is in no pool; its reward was not paid.
        case rewardDismissedNotInPool(worker: FixedBytes<32>, amount: Balance)
        /// Index 7, `RewardDismissedNoShare`: the pool has dust shares; the reward was not paid.
        case rewardDismissedNoShare(pid: UInt64, amount: Balance)
        /// Index 8, `RewardDismissedDust`: the reward was dust (≤ 1000 planck) and was not paid.
        case rewardDismissedDust(pid: UInt64, amount: Balance)
        /// Index 9, `PoolWorkerRemoved`: a worker left its stake pool.
        case poolWorkerRemoved(pid: UInt64, worker: FixedBytes<32>)
        /// Index 10, `WorkerReclaimed`: a cooled-down worker's stake returned to the pool.
        case workerReclaimed(pid: UInt64, worker: FixedBytes<32>)
        /// Index 11, `RewardReceived`: a reward was split between the owner and the stakers.
        case rewardReceived(pid: UInt64, toOwner: Balance, toStakers: Balance)
        /// Index 12, `WorkingStarted`: a worker started computing with `amount` of the pool's stake.
        case workingStarted(pid: UInt64, worker: FixedBytes<32>, amount: Balance)
        /// Index 13, `RewardToOwnerDismissedDust`: the owner's commission was below the W-PHA minimum and went to `UnmintableDust`.
        case rewardToOwnerDismissedDust(pid: UInt64, amount: Balance)
        /// Index 14, `RewardToDistributionDismissedDust`: the stakers' part could not be minted or was dust.
        case rewardToDistributionDismissedDust(pid: UInt64, amount: Balance)
        /// Index 15, `VaultCreated`: a vault was created (Phala's vault `PoolCreated`).
        case vaultCreated(owner: AccountId32, pid: UInt64, cid: UInt32, poolAccountID: AccountId32)
        /// Index 16, `VaultCommissionSet`: a vault's commission changed (parts per million).
        case vaultCommissionSet(pid: UInt64, commission: UInt32)
        /// Index 17, `OwnerSharesClaimed`: a vault owner turned commission shares into a holding.
        case ownerSharesClaimed(pid: UInt64, user: AccountId32, shares: Balance)
        /// Index 18, `OwnerSharesGained`: a vault's owner was paid commission in new shares up to `checkout_price`.
        case ownerSharesGained(pid: UInt64, shares: Balance, checkoutPrice: Balance)
        /// Index 19, `VaultContribution`: someone bought shares of a vault (Phala's vault `Contribution`).
        case vaultContribution(pid: UInt64, user: AccountId32, amount: Balance, shares: Balance)
        /// Index 20, `ForceShutdown`: a vault withdrew everything from its stake pools and was locked.
        case forceShutdown(pid: UInt64, reason: ForceShutdownReason)
        /// Index 21, `WithdrawalQueued`: a withdrawal request joined (or moved to the back of) a pool's queue.
        case withdrawalQueued(pid: UInt64, user: AccountId32, shares: Balance, asVault: UInt64?)
        /// Index 22, `Withdrawal`: queued shares were paid out (`amount`, `shares`) or burnt as dust (`burnt_shares`).
        case withdrawal(pid: UInt64, user: AccountId32, amount: Balance, shares: Balance, burntShares: Balance)
        /// Index 23, `PoolWhitelistCreated`: a pool's contribution whitelist was created.
        case poolWhitelistCreated(pid: UInt64)
        /// Index 24, `PoolWhitelistDeleted`: a pool's last whitelisted staker was removed.
        case poolWhitelistDeleted(pid: UInt64)
        /// Index 25, `PoolWhitelistStakerAdded`: a staker was whitelisted.
        case poolWhitelistStakerAdded(pid: UInt64, staker: AccountId32)
        /// Index 26, `PoolWhitelistStakerRemoved`: a staker left the whitelist.
        case poolWhitelistStakerRemoved(pid: UInt64, staker: AccountId32)
        /// Index 27, `Wrapped`: PHA was wrapped into W-PHA.
        case wrapped(user: AccountId32, amount: Balance)
        /// Index 28, `Unwrapped`: W-PHA was unwrapped back into PHA.
        case unwrapped(user: AccountId32, amount: Balance)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .poolCreated: "PoolCreated"
            case .poolCommissionSet: "PoolCommissionSet"
            case .poolCapacitySet: "PoolCapacitySet"
            case .poolWorkerAdded: "PoolWorkerAdded"
            case .contribution: "Contribution"
            case .ownerRewardsWithdrawn: "OwnerRewardsWithdrawn"
            case .rewardDismissedNotInPool: "RewardDismissedNotInPool"
            case .rewardDismissedNoShare: "RewardDismissedNoShare"
            case .rewardDismissedDust: "RewardDismissedDust"
            case .poolWorkerRemoved: "PoolWorkerRemoved"
            case .workerReclaimed: "WorkerReclaimed"
            case .rewardReceived: "RewardReceived"
            case .workingStarted: "WorkingStarted"
            case .rewardToOwnerDismissedDust: "RewardToOwnerDismissedDust"
            case .rewardToDistributionDismissedDust: "RewardToDistributionDismissedDust"
            case .vaultCreated: "VaultCreated"
            case .vaultCommissionSet: "VaultCommissionSet"
            case .ownerSharesClaimed: "OwnerSharesClaimed"
            case .ownerSharesGained: "OwnerSharesGained"
            case .vaultContribution: "VaultContribution"
            case .forceShutdown: "ForceShutdown"
            case .withdrawalQueued: "WithdrawalQueued"
            case .withdrawal: "Withdrawal"
            case .poolWhitelistCreated: "PoolWhitelistCreated"
            case .poolWhitelistDeleted: "PoolWhitelistDeleted"
            case .poolWhitelistStakerAdded: "PoolWhitelistStakerAdded"
            case .poolWhitelistStakerRemoved: "PoolWhitelistStakerRemoved"
            case .wrapped: "Wrapped"
            case .unwrapped: "Unwrapped"
            }
        }
    }
}

extension StakePools.Event: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .poolCreated(let owner, let pid, let cid, let poolAccountID):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: owner, pid, cid, poolAccountID)
        case .poolCommissionSet(let pid, let commission):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: pid, commission)
        case .poolCapacitySet(let pid, let cap):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: pid, cap)
        case .poolWorkerAdded(let pid, let worker, let session):
            encoder.encode(variantIndex: 3)
            encoder.encode(tuple: pid, worker, session)
        case .contribution(let pid, let user, let amount, let shares, let asVault):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: pid, user, amount, shares, asVault)
        case .ownerRewardsWithdrawn(let pid, let user, let amount):
            encoder.encode(variantIndex: 5)
            encoder.encode(tuple: pid, user, amount)
        case .rewardDismissedNotInPool(let worker, let amount):
            encoder.encode(variantIndex: 6)
            encoder.encode(tuple: worker, amount)
        case .rewardDismissedNoShare(let pid, let amount):
            encoder.encode(variantIndex: 7)
            encoder.encode(tuple: pid, amount)
        case .rewardDismissedDust(let pid, let amount):
            encoder.encode(variantIndex: 8)
            encoder.encode(tuple: pid, amount)
        case .poolWorkerRemoved(let pid, let worker):
            encoder.encode(variantIndex: 9)
            encoder.encode(tuple: pid, worker)
        case .workerReclaimed(let pid, let worker):
            encoder.encode(variantIndex: 10)
            encoder.encode(tuple: pid, worker)
        case .rewardReceived(let pid, let toOwner, let toStakers):
            encoder.encode(variantIndex: 11)
            encoder.encode(tuple: pid, toOwner, toStakers)
        case .workingStarted(let pid, let worker, let amount):
            encoder.encode(variantIndex: 12)
            encoder.encode(tuple: pid, worker, amount)
        case .rewardToOwnerDismissedDust(let pid, let amount):
            encoder.encode(variantIndex: 13)
            encoder.encode(tuple: pid, amount)
        case .rewardToDistributionDismissedDust(let pid, let amount):
            encoder.encode(variantIndex: 14)
            encoder.encode(tuple: pid, amount)
        case .vaultCreated(let owner, let pid, let cid, let poolAccountID):
            encoder.encode(variantIndex: 15)
            encoder.encode(tuple: owner, pid, cid, poolAccountID)
        case .vaultCommissionSet(let pid, let commission):
            encoder.encode(variantIndex: 16)
            encoder.encode(tuple: pid, commission)
        case .ownerSharesClaimed(let pid, let user, let shares):
            encoder.encode(variantIndex: 17)
            encoder.encode(tuple: pid, user, shares)
        case .ownerSharesGained(let pid, let shares, let checkoutPrice):
            encoder.encode(variantIndex: 18)
            encoder.encode(tuple: pid, shares, checkoutPrice)
        case .vaultContribution(let pid, let user, let amount, let shares):
            encoder.encode(variantIndex: 19)
            encoder.encode(tuple: pid, user, amount, shares)
        case .forceShutdown(let pid, let reason):
            encoder.encode(variantIndex: 20)
            encoder.encode(tuple: pid, reason)
        case .withdrawalQueued(let pid, let user, let shares, let asVault):
            encoder.encode(variantIndex: 21)
            encoder.encode(tuple: pid, user, shares, asVault)
        case .withdrawal(let pid, let user, let amount, let shares, let burntShares):
            encoder.encode(variantIndex: 22)
            encoder.encode(tuple: pid, user, amount, shares, burntShares)
        case .poolWhitelistCreated(let pid):
            encoder.encode(variantIndex: 23)
            encoder.encode(pid)
        case .poolWhitelistDeleted(let pid):
            encoder.encode(variantIndex: 24)
            encoder.encode(pid)
        case .poolWhitelistStakerAdded(let pid, let staker):
            encoder.encode(variantIndex: 25)
            encoder.encode(tuple: pid, staker)
        case .poolWhitelistStakerRemoved(let pid, let staker):
            encoder.encode(variantIndex: 26)
            encoder.encode(tuple: pid, staker)
        case .wrapped(let user, let amount):
            encoder.encode(variantIndex: 27)
            encoder.encode(tuple: user, amount)
        case .unwrapped(let user, let amount):
            encoder.encode(variantIndex: 28)
            encoder.encode(tuple: user, amount)
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0:
            self = .poolCreated(
                owner: try decoder.decode(),
                pid: try decoder.decode(),
                cid: try decoder.decode(),
                poolAccountID: try decoder.decode()
            )
        case 1: self = .poolCommissionSet(pid: try decoder.decode(), commission: try decoder.decode())
        case 2: self = .poolCapacitySet(pid: try decoder.decode(), cap: try decoder.decode())
        case 3:
            self = .poolWorkerAdded(
                pid: try decoder.decode(),
                worker: try decoder.decode(),
                session: try decoder.decode()
            )
        case 4:
            self = .contribution(
                pid: try decoder.decode(),
                user: try decoder.decode(),
                amount: try decoder.decode(),
                shares: try decoder.decode(),
                asVault: try decoder.decode()
            )
        case 5:
            self = .ownerRewardsWithdrawn(
                pid: try decoder.decode(),
                user: try decoder.decode(),
                amount: try decoder.decode()
            )
        case 6: self = .rewardDismissedNotInPool(worker: try decoder.decode(), amount: try decoder.decode())
        case 7: self = .rewardDismissedNoShare(pid: try decoder.decode(), amount: try decoder.decode())
        case 8: self = .rewardDismissedDust(pid: try decoder.decode(), amount: try decoder.decode())
        case 9: self = .poolWorkerRemoved(pid: try decoder.decode(), worker: try decoder.decode())
        case 10: self = .workerReclaimed(pid: try decoder.decode(), worker: try decoder.decode())
        case 11:
            self = .rewardReceived(
                pid: try decoder.decode(),
                toOwner: try decoder.decode(),
                toStakers: try decoder.decode()
            )
        case 12:
            self = .workingStarted(
                pid: try decoder.decode(),
                worker: try decoder.decode(),
                amount: try decoder.decode()
            )
        case 13: self = .rewardToOwnerDismissedDust(pid: try decoder.decode(), amount: try decoder.decode())
        case 14: self = .rewardToDistributionDismissedDust(pid: try decoder.decode(), amount: try decoder.decode())
        case 15:
            self = .vaultCreated(
                owner: try decoder.decode(),
                pid: try decoder.decode(),
                cid: try decoder.decode(),
                poolAccountID: try decoder.decode()
            )
        case 16: self = .vaultCommissionSet(pid: try decoder.decode(), commission: try decoder.decode())
        case 17:
            self = .ownerSharesClaimed(
                pid: try decoder.decode(),
                user: try decoder.decode(),
                shares: try decoder.decode()
            )
        case 18:
            self = .ownerSharesGained(
                pid: try decoder.decode(),
                shares: try decoder.decode(),
                checkoutPrice: try decoder.decode()
            )
        case 19:
            self = .vaultContribution(
                pid: try decoder.decode(),
                user: try decoder.decode(),
                amount: try decoder.decode(),
                shares: try decoder.decode()
            )
        case 20: self = .forceShutdown(pid: try decoder.decode(), reason: try decoder.decode())
        case 21:
            self = .withdrawalQueued(
                pid: try decoder.decode(),
                user: try decoder.decode(),
                shares: try decoder.decode(),
                asVault: try decoder.decode()
            )
        case 22:
            self = .withdrawal(
                pid: try decoder.decode(),
                user: try decoder.decode(),
                amount: try decoder.decode(),
                shares: try decoder.decode(),
                burntShares: try decoder.decode()
            )
        case 23: self = .poolWhitelistCreated(pid: try decoder.decode())
        case 24: self = .poolWhitelistDeleted(pid: try decoder.decode())
        case 25: self = .poolWhitelistStakerAdded(pid: try decoder.decode(), staker: try decoder.decode())
        case 26: self = .poolWhitelistStakerRemoved(pid: try decoder.decode(), staker: try decoder.decode())
        case 27: self = .wrapped(user: try decoder.decode(), amount: try decoder.decode())
        case 28: self = .unwrapped(user: try decoder.decode(), amount: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: StakePools.Event.self)
        }
    }
}
