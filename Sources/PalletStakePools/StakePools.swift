import PhalaPrimitives
public import RuntimeSupport

/// The stake pools pallet: stake pools that run workers with delegated W-PHA, vaults that invest in
/// stake pools, and wrapped PHA (Phala's `PhalaStakePoolv2`, `PhalaVault`, `PhalaBasePool` and
/// `PhalaWrappedBalances` in one pallet; phala-facts.md §4).
///
/// ## Overview
/// Stakers `wrap` PHA into W-PHA and contribute it to a stake pool or a vault for shares. A stake pool's
/// owner adds workers they operate, starts them with the pool's free stake and earns a commission on
/// rewards; the rest raises the share price. Withdrawals queue and are paid as free stake appears;
/// when one waits past the grace period anyone may force the pool to stop its workers
/// (`check_and_maybe_force_withdraw`) or, for a vault, to withdraw everything and lock.
/// The computation pallet is reached through `WorkerSessions`, and calls back into `settlement`
/// (`PoolSettlement.onReward`, `.onUnbound`).
///
/// ## Terminology
/// - Share records: Phala's RMRK share NFTs are kept in `ShareHoldings`, one merged record per staker
///   and pool keyed by (pid, account), apart from the pool record (as Phala keeps its NFTs apart), so a
///   reward, contribution or withdrawal touches only the records it changes, not every staker's; a
///   withdraw request holds its shares in the queue itself (Phala's pallet-owned withdraw NFT), and the
///   queue stays in the pool record as Phala's `withdraw_queue` does. There are no NFT ids or
///   collections beyond the `cid` number.
/// - W-PHA: a ledger in this pallet (`WrappedBalances`), backed 1:1 by PHA in the `"wpha/"` account.
///
/// ## Assumptions
/// - Governance voting with W-PHA (`vote`, `unlock`) is not implemented, so no W-PHA is ever locked and
///   `unwrap` needs only free W-PHA (Phala also requires amount + locked ≤ net value, always true here).
/// - Pool descriptions, reimbursements and legacy rewards are not carried over.
/// - Stake is never slashed (as in Phala); `WorkerSessions.reclaim` returns the stake in full.
/// - W-PHA follows `pallet_assets` for mints (an empty account cannot start below the minimum balance;
///   refused reward mints become `UnmintableDust`) but not for debits: an account left below the
///   minimum keeps its remainder instead of being reaped. `unwrap_all` emits `Unwrapped` (Phala's does not).
/// - Call and event indices are ours (see `Call` and `Event`); names and fields are Phala's.
///
/// ## Storage (prefix `"PhalaStakePoolv2"`)
/// - `Pools`: pid → `PoolProxy` (stake pool or vault with its base pool and withdraw queue).
/// - `ShareHoldings`: (pid, account) → shares (twox64Concat, blake2_128Concat).
/// - `PoolCount`, `CollectionIndex`: the next pid and collection id.
/// - `WorkerAssignments`: worker → pid; `SubAccountPreimages`: session account → (pid, worker).
/// - `PoolContributionWhitelists`: pid → allowed stakers; `VaultLocks`: force-shut-down vaults.
/// - `WrappedBalances`, `WrappedIssuance`, `WrappedMinBalance`, `UnmintableDust`: the W-PHA ledger.
public struct StakePools: Pallet {
    /// The pallet's name and storage prefix (Phala's runtime names the stake pool pallet `PhalaStakePoolv2`).
    public static let name = "PhalaStakePoolv2"

    /// The reward and unbinding callbacks, the W-PHA ledger and the pool records.
    public let settlement: PoolSettlement
    /// The computation pallet, as far as the pools drive it.
    public let sessions: any WorkerSessions
    /// The chain's time in seconds.
    public let clock: any UnixSecondsReading

    /// The pallet's index in the runtime.
    public var index: UInt8 { settlement.index }
    /// The pallet's constants.
    public var configuration: Configuration { settlement.configuration }

    /// Creates the pallet.
    /// - Parameters:
    ///   - settlement: the settlement part (which carries the index, events, currency and constants).
    ///   - sessions: the computation pallet's sessions.
    ///   - clock: the chain's time.
    public init(settlement: PoolSettlement, sessions: any WorkerSessions, clock: any UnixSecondsReading) {
        self.settlement = settlement
        self.sessions = sessions
        self.clock = clock
    }

    /// Records one of the pallet's events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try settlement.deposit(event, in: &state)
    }

    /// The module error for one of the pallet's errors.
    func error(_ error: Error) -> DispatchError { settlement.error(error) }

    /// The current time in seconds.
    func now(in state: inout Overlay) throws(DispatchError) -> UInt64 { try clock.unixSeconds(in: &state) }

    /// The next pid and collection id, consumed.
    func consumeIDs(in state: inout Overlay) throws(DispatchError) -> (pid: UInt64, cid: UInt32) {
        let pid = try Storage.poolCount.value(in: &state)
        Storage.poolCount.set(pid + 1, in: &state)
        let cid = try Storage.collectionIndex.value(in: &state)
        Storage.collectionIndex.set(cid + 1, in: &state)
        return (pid, cid)
    }
}
