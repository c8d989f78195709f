import PhalaPrimitives
import RuntimeSupport

// Stake pool life cycle and worker management (Phala's stake_pool_v2.rs calls, phala-facts.md §4.4).

extension StakePools {
    /// The stake pool `pid`, checked to be owned by `who`.
    /// - Throws: `PoolDoesNotExist`, `PoolTypeNotMatch`, `UnauthorizedPoolOwner`.
    func ownedStakePool(_ pid: UInt64, by who: AccountId32, in state: inout Overlay) throws(DispatchError) -> StakePool
    {
        let pool = try settlement.stakePool(pid, in: &state)
        guard pool.basePool.owner == who else { throw error(.unauthorizedPoolOwner) }
        return pool
    }

    /// `create`: a new stake pool with the next pid and cid; emits `PoolCreated`.
    func createStakePool(owner: AccountId32, in state: inout Overlay) throws(DispatchError) {
        let (pid, cid) = try consumeIDs(in: &state)
        let pool = StakePool(pid: pid, owner: owner, cid: cid)
        settlement.store(pool, in: &state)
        try deposit(.poolCreated(owner: owner, pid: pid, cid: cid, poolAccountID: pool.poolAccount), in: &state)
    }

    /// `add_worker`. Fails with `WorkerNotRegistered`, `UnauthorizedOperator` (the caller is not the
    /// worker's operator), `BenchmarkMissing`, `PoolDoesNotExist`, `UnauthorizedPoolOwner`, `WorkerExists`,
    /// `WorkersExceedLimit`, or `FailedToBindSessionAndWorker` (double bind) — checked in Phala's order.
    func addWorker(pid: UInt64, worker: FixedBytes<32>, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        guard let info = try sessions.registeredWorker(worker, in: &state) else { throw error(.workerNotRegistered) }
        guard info.operator == who else { throw error(.unauthorizedOperator) }
        guard info.hasInitialScore else { throw error(.benchmarkMissing) }
        var pool = try ownedStakePool(pid, by: who, in: &state)
        guard !pool.workers.contains(worker) else { throw error(.workerExists) }
        guard pool.workers.count < configuration.maxPoolWorkers else { throw error(.workersExceedLimit) }
        let session = PoolAccounts.sessionAccount(pid: pid, worker: worker)
        do { try sessions.bind(session: session, worker: worker, in: &state) } catch {
            throw self.error(.failedToBindSessionAndWorker)
        }
        Storage.subAccountPreimages.insert(SubAccountPreimage(pid: pid, worker: worker), for: session, in: &state)
        pool.workers.append(worker)
        settlement.store(pool, in: &state)
        Storage.workerAssignments.insert(pid, for: worker, in: &state)
        try deposit(.poolWorkerAdded(pid: pid, worker: worker, session: session), in: &state)
    }

    /// `remove_worker`. Fails with the pool checks, `WorkerDoesNotExist` (in no pool),
    /// `WorkerInAnotherPool`, `SessionDoesNotExist`, `WorkerIsNotReady` (computing or cooling down).
    func removeWorker(pid: UInt64, worker: FixedBytes<32>, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        _ = try ownedStakePool(pid, by: who, in: &state)
        guard let assigned = try Storage.workerAssignments.get(worker, in: &state) else {
            throw error(.workerDoesNotExist)
        }
        guard assigned == pid else { throw error(.workerInAnotherPool) }
        let session = PoolAccounts.sessionAccount(pid: pid, worker: worker)
        guard let sessionState = try sessions.sessionState(session, in: &state) else {
            throw error(.sessionDoesNotExist)
        }
        guard sessionState == .ready else { throw error(.workerIsNotReady) }
        try sessions.unbind(session: session, notify: false, in: &state)
        try settlement.removeWorkerFromPool(worker, in: &state)
    }

    /// `set_cap`. Fails with the pool checks or `InadequateCapacity` (below the current value).
    func setCap(pid: UInt64, cap: Balance, by who: AccountId32, in state: inout Overlay) throws(DispatchError) {
        var pool = try ownedStakePool(pid, by: who, in: &state)
        guard pool.basePool.totalValue <= cap else { throw error(.inadequateCapacity) }
        pool.cap = cap
        settlement.store(pool, in: &state)
        try deposit(.poolCapacitySet(pid: pid, cap: cap), in: &state)
    }

    /// `set_payout_pref`. Fails with the pool checks.
    func setPayoutPref(pid: UInt64, commission: Permill?, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        var pool = try ownedStakePool(pid, by: who, in: &state)
        pool.payoutCommission = commission
        settlement.store(pool, in: &state)
        try deposit(.poolCommissionSet(pid: pid, commission: commission?.parts ?? 0), in: &state)
    }

    /// `claim_owner_rewards`. Fails with the pool checks or `NoRewardToClaim`.
    func claimOwnerRewards(pid: UInt64, target: AccountId32, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        let pool = try ownedStakePool(pid, by: who, in: &state)
        let rewards = try settlement.wrappedBalance(of: pool.ownerRewardAccount, in: &state)
        guard rewards > .zero else { throw error(.noRewardToClaim) }
        try settlement.transferWrapped(rewards, from: pool.ownerRewardAccount, to: target, in: &state)
        try deposit(.ownerRewardsWithdrawn(pid: pid, user: who, amount: rewards), in: &state)
    }

    /// `start_computing` (Phala's `do_start_computing`). Fails with the pool checks,
    /// `InsufficientFreeStake`, `WorkerDoesNotExist`, or the computation pallet's error.
    func startComputing(
        pid: UInt64,
        worker: FixedBytes<32>,
        stake: Balance,
        by who: AccountId32,
        in state: inout Overlay
    ) throws(DispatchError) {
        let pool = try ownedStakePool(pid, by: who, in: &state)
        guard try settlement.wrappedBalance(of: pool.poolAccount, in: &state) >= stake else {
            throw error(.insufficientFreeStake)
        }
        guard pool.workers.contains(worker) else { throw error(.workerDoesNotExist) }
        let session = PoolAccounts.sessionAccount(pid: pid, worker: worker)
        try sessions.startComputing(session: session, stake: stake, in: &state)
        try settlement.transferWrapped(stake, from: pool.poolAccount, to: pool.lockAccount, in: &state)
        try deposit(.workingStarted(pid: pid, worker: worker, amount: stake), in: &state)
    }

    /// `stop_computing` (Phala's `do_stop_computing`). Fails with the pool checks, `WorkerDoesNotExist`,
    /// `WorkerAlreadyStopped`, or the computation pallet's error.
    func stopComputing(pid: UInt64, worker: FixedBytes<32>, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        var pool = try ownedStakePool(pid, by: who, in: &state)
        guard pool.workers.contains(worker) else { throw error(.workerDoesNotExist) }
        guard !pool.cdWorkers.contains(worker) else { throw error(.workerAlreadyStopped) }
        try sessions.stopComputing(session: PoolAccounts.sessionAccount(pid: pid, worker: worker), in: &state)
        pool.cdWorkers.append(worker)
        settlement.store(pool, in: &state)
    }

    /// `reclaim_pool_worker` (Phala's `do_reclaim` + `handle_reclaim`): the released stake moves from
    /// the lock account back to the pool account, the queue is paid, then `WorkerReclaimed`.
    /// - Returns: the stake released.
    func reclaim(pid: UInt64, worker: FixedBytes<32>, checkCooldown: Bool, in state: inout Overlay)
        throws(DispatchError) -> Balance
    {
        let session = PoolAccounts.sessionAccount(pid: pid, worker: worker)
        let (returned, _) = try sessions.reclaim(session: session, checkCooldown: checkCooldown, in: &state)
        var pool = try settlement.stakePool(pid, in: &state)
        try settlement.transferWrapped(returned, from: pool.lockAccount, to: pool.poolAccount, in: &state)
        try settlement.processWithdrawQueue(&pool.basePool, poolAccount: pool.poolAccount, in: &state)
        pool.cdWorkers.removeAll { $0 == worker }
        settlement.store(pool, in: &state)
        try deposit(.workerReclaimed(pid: pid, worker: worker), in: &state)
        return returned
    }

    /// `restart_computing`. Fails with `WithdrawQueueNotEmpty`, the stop and start failures, or
    /// `CannotRestartWithLessStake` unless `stake` exceeds the released stake.
    func restartComputing(
        pid: UInt64,
        worker: FixedBytes<32>,
        stake: Balance,
        by who: AccountId32,
        in state: inout Overlay
    ) throws(DispatchError) {
        let pool = try settlement.stakePool(pid, in: &state)
        guard pool.basePool.withdrawQueue.isEmpty else { throw error(.withdrawQueueNotEmpty) }
        try stopComputing(pid: pid, worker: worker, by: who, in: &state)
        let released = try reclaim(pid: pid, worker: worker, checkCooldown: false, in: &state)
        guard stake > released else { throw error(.cannotRestartWithLessStake) }
        try startComputing(pid: pid, worker: worker, stake: stake, by: who, in: &state)
    }
}
