public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension StakePools {
    /// The pallet's calls with Phala's names. Indices are ours: stake-pool calls keep Phala's
    /// `PhalaStakePoolv2` indices, vault calls are Phala's `PhalaVault` index + 32, whitelist calls
    /// `PhalaBasePool` + 64 and W-PHA calls `PhalaWrappedBalances` + 96. Vault calls whose Phala names
    /// collide with stake-pool calls carry a `vault` word.
    public enum Call: PalletCall {
        /// Index 0, `create` (signed) creates a stake pool owned by the caller.
        case create
        /// Index 1, `add_worker` {pid, pubkey} (pool owner, the worker's operator) adds a benchmarked worker and binds its session.
        case addWorker(pid: UInt64, pubkey: FixedBytes<32>)
        /// Index 2, `remove_worker` {pid, worker} (pool owner) removes a ready worker and unbinds its session.
        case removeWorker(pid: UInt64, worker: FixedBytes<32>)
        /// Index 3, `set_cap` {pid, cap} (pool owner) caps the pool's value; not below the current value.
        case setCap(pid: UInt64, cap: Balance)
        /// Index 4, `set_payout_pref` {pid, payout_commission} (pool owner) sets the owner's commission on rewards.
        case setPayoutPref(pid: UInt64, payoutCommission: Permill?)
        /// Index 7, `claim_owner_rewards` {pid, target} (pool owner) sends all collected commission W-PHA to `target`.
        case claimOwnerRewards(pid: UInt64, target: AccountId32)
        /// Index 8, `check_and_maybe_force_withdraw` {pid} (signed) pays the queue, and stops every computing worker when a withdrawal has waited past the grace period.
        case checkAndMaybeForceWithdraw(pid: UInt64)
        /// Index 9, `contribute` {pid, amount, as_vault} (signed; a vault's owner with `as_vault`) buys shares with W-PHA, then pays the queue and checks the cap.
        case contribute(pid: UInt64, amount: Balance, asVault: UInt64?)
        /// Index 10, `withdraw` {pid, shares, as_vault} (signed; a vault's owner with `as_vault`) queues a withdrawal of shares and pays what free stake allows.
        case withdraw(pid: UInt64, shares: Balance, asVault: UInt64?)
        /// Index 13, `start_computing` {pid, worker, stake} (pool owner) starts a worker with `stake` of the pool's free stake.
        case startComputing(pid: UInt64, worker: FixedBytes<32>, stake: Balance)
        /// Index 14, `stop_computing` {pid, worker} (pool owner) stops a worker; it cools down.
        case stopComputing(pid: UInt64, worker: FixedBytes<32>)
        /// Index 15, `reclaim_pool_worker` {pid, worker} (signed) returns a cooled-down worker's stake to the pool and pays the queue.
        case reclaimPoolWorker(pid: UInt64, worker: FixedBytes<32>)
        /// Index 17, `restart_computing` {pid, worker, stake} (pool owner) stops, reclaims at once and restarts a worker with more stake; the queue must be empty.
        case restartComputing(pid: UInt64, worker: FixedBytes<32>, stake: Balance)
        /// Index 32, `create_vault` (signed) creates a vault owned by the caller (Phala's vault `create`).
        case createVault
        /// Index 33, `set_vault_payout_pref` {pid, payout_commission} (vault owner) settles owner shares at the old rate, then sets the commission.
        case setVaultPayoutPref(pid: UInt64, payoutCommission: Permill?)
        /// Index 34, `claim_owner_shares` {vault_pid, target, shares} (vault owner) gives `shares` of the owner's commission shares to `target`.
        case claimOwnerShares(vaultPid: UInt64, target: AccountId32, shares: Balance)
        /// Index 35, `maybe_gain_owner_shares` {vault_pid} (vault owner) settles the owner's commission shares.
        case maybeGainOwnerShares(vaultPid: UInt64)
        /// Index 36, `vault_check_and_maybe_force_withdraw` {vault_pid} (signed) pays the vault's queue; withdraws everything from its stake pools and locks it when a withdrawal expired.
        case vaultCheckAndMaybeForceWithdraw(vaultPid: UInt64)
        /// Index 37, `vault_contribute` {pid, amount} (signed) buys vault shares with W-PHA after settling owner shares.
        case vaultContribute(pid: UInt64, amount: Balance)
        /// Index 38, `vault_withdraw` {pid, shares} (signed) queues a withdrawal of vault shares after settling owner shares.
        case vaultWithdraw(pid: UInt64, shares: Balance)
        /// Index 64, `add_staker_to_whitelist` {pid, staker} (pool owner) allows `staker` to contribute; the first entry creates the whitelist.
        case addStakerToWhitelist(pid: UInt64, staker: AccountId32)
        /// Index 68, `remove_staker_from_whitelist` {pid, staker} (pool owner) removes `staker`; removing the last deletes the whitelist.
        case removeStakerFromWhitelist(pid: UInt64, staker: AccountId32)
        /// Index 96, `wrap` {amount} (signed) locks PHA in the backing account and mints as much W-PHA.
        case wrap(amount: Balance)
        /// Index 97, `unwrap_all` (signed) unwraps all of the caller's free W-PHA.
        case unwrapAll
        /// Index 98, `unwrap` {amount} (signed) burns W-PHA and returns as much PHA.
        case unwrap(amount: Balance)

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .create: "create"
            case .addWorker: "add_worker"
            case .removeWorker: "remove_worker"
            case .setCap: "set_cap"
            case .setPayoutPref: "set_payout_pref"
            case .claimOwnerRewards: "claim_owner_rewards"
            case .checkAndMaybeForceWithdraw: "check_and_maybe_force_withdraw"
            case .contribute: "contribute"
            case .withdraw: "withdraw"
            case .startComputing: "start_computing"
            case .stopComputing: "stop_computing"
            case .reclaimPoolWorker: "reclaim_pool_worker"
            case .restartComputing: "restart_computing"
            case .createVault: "create_vault"
            case .setVaultPayoutPref: "set_vault_payout_pref"
            case .claimOwnerShares: "claim_owner_shares"
            case .maybeGainOwnerShares: "maybe_gain_owner_shares"
            case .vaultCheckAndMaybeForceWithdraw: "vault_check_and_maybe_force_withdraw"
            case .vaultContribute: "vault_contribute"
            case .vaultWithdraw: "vault_withdraw"
            case .addStakerToWhitelist: "add_staker_to_whitelist"
            case .removeStakerFromWhitelist: "remove_staker_from_whitelist"
            case .wrap: "wrap"
            case .unwrapAll: "unwrap_all"
            case .unwrap: "unwrap"
            }
        }

        /// Every call reads and writes a few pool records; worker calls also drive a computation session.
        public var dispatchInfo: DispatchInfo {
            DispatchInfo(weight: Weight(refTime: 100_000_000, proofSize: 8_000))
        }
    }
}

extension StakePools.Call: ScaleCodable {
    /// Appends the call index and the arguments.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .create:
            encoder.encode(variantIndex: 0)
        case .addWorker(let pid, let pubkey):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: pid, pubkey)
        case .removeWorker(let pid, let worker):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: pid, worker)
        case .setCap(let pid, let cap):
            encoder.encode(variantIndex: 3)
            encoder.encode(tuple: pid, cap)
        case .setPayoutPref(let pid, let payoutCommission):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: pid, payoutCommission)
        case .claimOwnerRewards(let pid, let target):
            encoder.encode(variantIndex: 7)
            encoder.encode(tuple: pid, target)
        case .checkAndMaybeForceWithdraw(let pid):
            encoder.encode(variantIndex: 8)
            encoder.encode(pid)
        case .contribute(let pid, let amount, let asVault):
            encoder.encode(variantIndex: 9)
            encoder.encode(tuple: pid, amount, asVault)
        case .withdraw(let pid, let shares, let asVault):
            encoder.encode(variantIndex: 10)
            encoder.encode(tuple: pid, shares, asVault)
        case .startComputing(let pid, let worker, let stake):
            encoder.encode(variantIndex: 13)
            encoder.encode(tuple: pid, worker, stake)
        case .stopComputing(let pid, let worker):
            encoder.encode(variantIndex: 14)
            encoder.encode(tuple: pid, worker)
        case .reclaimPoolWorker(let pid, let worker):
            encoder.encode(variantIndex: 15)
            encoder.encode(tuple: pid, worker)
        case .restartComputing(let pid, let worker, let stake):
            encoder.encode(variantIndex: 17)
            encoder.encode(tuple: pid, worker, stake)
        case .createVault:
            encoder.encode(variantIndex: 32)
        case .setVaultPayoutPref(let pid, let payoutCommission):
            encoder.encode(variantIndex: 33)
            encoder.encode(tuple: pid, payoutCommission)
        case .claimOwnerShares(let vaultPid, let target, let shares):
            encoder.encode(variantIndex: 34)
            encoder.encode(tuple: vaultPid, target, shares)
        case .maybeGainOwnerShares(let vaultPid):
            encoder.encode(variantIndex: 35)
            encoder.encode(vaultPid)
        case .vaultCheckAndMaybeForceWithdraw(let vaultPid):
            encoder.encode(variantIndex: 36)
            encoder.encode(vaultPid)
        case .vaultContribute(let pid, let amount):
            encoder.encode(variantIndex: 37)
            encoder.encode(tuple: pid, amount)
        case .vaultWithdraw(let pid, let shares):
            encoder.encode(variantIndex: 38)
            encoder.encode(tuple: pid, shares)
        case .addStakerToWhitelist(let pid, let staker):
            encoder.encode(variantIndex: 64)
            encoder.encode(tuple: pid, staker)
        case .removeStakerFromWhitelist(let pid, let staker):
            encoder.encode(variantIndex: 68)
            encoder.encode(tuple: pid, staker)
        case .wrap(let amount):
            encoder.encode(variantIndex: 96)
            encoder.encode(amount)
        case .unwrapAll:
            encoder.encode(variantIndex: 97)
        case .unwrap(let amount):
            encoder.encode(variantIndex: 98)
            encoder.encode(amount)
        }
    }

    /// Reads one call; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .create
        case 1: self = .addWorker(pid: try decoder.decode(), pubkey: try decoder.decode())
        case 2: self = .removeWorker(pid: try decoder.decode(), worker: try decoder.decode())
        case 3: self = .setCap(pid: try decoder.decode(), cap: try decoder.decode())
        case 4: self = .setPayoutPref(pid: try decoder.decode(), payoutCommission: try decoder.decode())
        case 7: self = .claimOwnerRewards(pid: try decoder.decode(), target: try decoder.decode())
        case 8: self = .checkAndMaybeForceWithdraw(pid: try decoder.decode())
        case 9:
            self = .contribute(pid: try decoder.decode(), amount: try decoder.decode(), asVault: try decoder.decode())
        case 10:
            self = .withdraw(pid: try decoder.decode(), shares: try decoder.decode(), asVault: try decoder.decode())
        case 13:
            self = .startComputing(pid: try decoder.decode(), worker: try decoder.decode(), stake: try decoder.decode())
        case 14: self = .stopComputing(pid: try decoder.decode(), worker: try decoder.decode())
        case 15: self = .reclaimPoolWorker(pid: try decoder.decode(), worker: try decoder.decode())
        case 17:
            self = .restartComputing(
                pid: try decoder.decode(),
                worker: try decoder.decode(),
                stake: try decoder.decode()
            )
        case 32: self = .createVault
        case 33: self = .setVaultPayoutPref(pid: try decoder.decode(), payoutCommission: try decoder.decode())
        case 34:
            self = .claimOwnerShares(
                vaultPid: try decoder.decode(),
                target: try decoder.decode(),
                shares: try decoder.decode()
            )
        case 35: self = .maybeGainOwnerShares(vaultPid: try decoder.decode())
        case 36: self = .vaultCheckAndMaybeForceWithdraw(vaultPid: try decoder.decode())
        case 37: self = .vaultContribute(pid: try decoder.decode(), amount: try decoder.decode())
        case 38: self = .vaultWithdraw(pid: try decoder.decode(), shares: try decoder.decode())
        case 64: self = .addStakerToWhitelist(pid: try decoder.decode(), staker: try decoder.decode())
        case 68: self = .removeStakerFromWhitelist(pid: try decoder.decode(), staker: try decoder.decode())
        case 96: self = .wrap(amount: try decoder.decode())
        case 97: self = .unwrapAll
        case 98: self = .unwrap(amount: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: StakePools.Call.self)
        }
    }
}
