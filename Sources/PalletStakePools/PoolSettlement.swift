public import PhalaPrimitives
public import RuntimeSupport

/// The part of the stake pools pallet that the computation pallet calls back into: reward settlement
/// (`onReward`) and forced unbinding (`onUnbound`), plus the W-PHA ledger and pool records both need.
///
/// It holds no `WorkerSessions`, so the runtime can build it inside computation's `SessionObserving`
/// adapter while `StakePools` (which needs computation through `WorkerSessions`) holds it too, without
/// a cycle of values. It reads and writes `StakePools.Storage` and deposits `StakePools.Event`s under
/// the pallet's index.
public struct PoolSettlement: Sendable {
    /// The pallet's index in the runtime (events and module errors carry it).
    public let index: UInt8
    /// Where events go.
    public let system: any EventDepositing
    /// PHA, for the subsidy pool and the W-PHA backing account.
    public let currency: any Currency
    /// The pallet's constants.
    public let configuration: StakePools.Configuration

    /// Creates the settlement part.
    /// - Parameters:
    ///   - index: the pallet's index in the runtime.
    ///   - system: the event sink (System).
    ///   - currency: PHA (Balances).
    ///   - configuration: the pallet's constants.
    public init(
        index: UInt8,
        system: any EventDepositing,
        currency: any Currency,
        configuration: StakePools.Configuration
    ) {
        self.index = index
        self.system = system
        self.currency = currency
        self.configuration = configuration
    }

    /// The module error for one of the pallet's errors.
    func error(_ error: StakePools.Error) -> DispatchError {
        .module(ModuleError(index: index, error: error.rawValue))
    }

    /// Records one of the pallet's events.
    func deposit(_ event: StakePools.Event, in state: inout Overlay) throws(DispatchError) {
        try system.deposit(EncodedEvent(pallet: index, event: event), in: &state)
    }

    /// The stake pool `pid`.
    /// - Throws: `PoolDoesNotExist`, or `PoolTypeNotMatch` for a vault.
    func stakePool(_ pid: UInt64, in state: inout Overlay) throws(DispatchError) -> StakePool {
        switch try StakePools.Storage.pools.get(pid, in: &state) {
        case .stakePool(let pool): return pool
        case .vault: throw error(.poolTypeNotMatch)
        case nil: throw error(.poolDoesNotExist)
        }
    }

    /// The vault `pid`.
    /// - Throws: `PoolDoesNotExist`, or `PoolTypeNotMatch` for a stake pool.
    func vault(_ pid: UInt64, in state: inout Overlay) throws(DispatchError) -> Vault {
        switch try StakePools.Storage.pools.get(pid, in: &state) {
        case .vault(let vault): return vault
        case .stakePool: throw error(.poolTypeNotMatch)
        case nil: throw error(.poolDoesNotExist)
        }
    }

    /// Stores a stake pool under its pid.
    func store(_ pool: StakePool, in state: inout Overlay) {
        StakePools.Storage.pools.insert(.stakePool(pool), for: pool.basePool.pid, in: &state)
    }

    /// Stores a vault under its pid.
    func store(_ vault: Vault, in state: inout Overlay) {
        StakePools.Storage.pools.insert(.vault(vault), for: vault.basePool.pid, in: &state)
    }

    /// Pays what the pool's free W-PHA allows of its withdraw queue (Phala's `try_process_withdraw_queue`):
    /// the W-PHA moves from `poolAccount` to each user and one `Withdrawal` event per user follows.
    func processWithdrawQueue(_ pool: inout BasePool, poolAccount: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        let free = try wrappedBalance(of: poolAccount, in: &state)
        let minBalance = try StakePools.Storage.wrappedMinBalance.value(in: &state)
        let outcomes: [Withdrawal]
        do { outcomes = try pool.processWithdrawQueue(free: free, minBalance: minBalance) } catch {
            throw self.error(StakePools.Error(error))
        }
        for outcome in outcomes {
            try transferWrapped(outcome.amount, from: poolAccount, to: outcome.user, in: &state)
            try deposit(
                .withdrawal(
                    pid: pool.pid,
                    user: outcome.user,
                    amount: outcome.amount,
                    shares: outcome.shares,
                    burntShares: outcome.burntShares
                ),
                in: &state
            )
        }
    }

    /// Drops `worker` from its stake pool and its assignment (Phala's `remove_worker_from_pool`).
    func removeWorkerFromPool(_ worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) {
        guard let pid = try StakePools.Storage.workerAssignments.get(worker, in: &state) else { return }
        StakePools.Storage.workerAssignments.remove(worker, in: &state)
        guard case .stakePool(var pool) = try StakePools.Storage.pools.get(pid, in: &state) else { return }
        pool.workers.removeAll { $0 == worker }
        pool.cdWorkers.removeAll { $0 == worker }
        store(pool, in: &state)
        try deposit(.poolWorkerRemoved(pid: pid, worker: worker), in: &state)
    }

    /// Called by the computation pallet when a worker's session was unbound (Phala's `OnUnbound`):
    /// the worker leaves its pool. Stake still cooling down is reclaimed later with `reclaim_pool_worker`.
    /// - Parameters:
    ///   - worker: the unbound worker.
    ///   - forced: whether the operator forced it (ignored, as in Phala).
    ///   - state: the block's state.
    /// - Throws: a state read failure.
    public func onUnbound(worker: FixedBytes<32>, forced: Bool, in state: inout Overlay) throws(DispatchError) {
        try removeWorkerFromPool(worker, in: &state)
    }
}
