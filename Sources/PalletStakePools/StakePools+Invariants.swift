import PhalaPrimitives
public import RuntimeSupport

extension StakePools {
    /// A broken rule of the pallet's state, found by `checkInvariants(in:)`.
    public struct InvariantViolation: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, naming the pool or account.
        public let description: String
    }

    /// Checks the rules the pallet's state must always follow (FRAME's `try_state`), for tests to run
    /// after every dispatch: in every pool the `ShareHoldings` entries under its pid, queued shares and
    /// owner shares add up to `total_shares`, and no holding names a missing pool; every pool's worker
    /// is assigned to it and every assignment is in its pool; the W-PHA balances add up to
    /// `WrappedIssuance`; and the backing account holds exactly `WrappedIssuance + UnmintableDust` PHA.
    /// - Parameter state: the state to check.
    /// - Throws: `InvariantViolation` for the first broken rule; `DispatchError` when the state cannot be read.
    public func checkInvariants(in state: inout Overlay) throws {
        var holdingCount = 0
        for (pid, proxy) in try Storage.pools.entries(in: &state) {
            let pool = proxy.basePool
            let holdings = try Storage.shareHoldings.entries(pid, in: &state)
            holdingCount += holdings.count
            let held = holdings.reduce(UInt128(0)) { $0 + $1.value.planck }
            let queued = pool.withdrawQueue.reduce(UInt128(0)) { $0 + $1.shares.planck }
            guard held + queued + pool.ownerShares.planck == pool.totalShares.planck else {
                throw InvariantViolation(description: "pool \(pid): share records do not add up to total_shares")
            }
            guard case .stakePool(let stakePool) = proxy else { continue }
            for worker in stakePool.workers where try Storage.workerAssignments.get(worker, in: &state) != pid {
                throw InvariantViolation(description: "pool \(pid) lists worker \(worker) assigned elsewhere")
            }
        }
        guard try state.storageKeys(prefix: Storage.shareHoldings.location.prefix).count == holdingCount else {
            throw InvariantViolation(description: "ShareHoldings has entries for a pool that does not exist")
        }
        for (worker, pid) in try Storage.workerAssignments.entries(in: &state) {
            guard case .stakePool(let pool) = try Storage.pools.get(pid, in: &state), pool.workers.contains(worker)
            else { throw InvariantViolation(description: "worker \(worker) is assigned to pool \(pid) but not in it") }
        }
        let balances = try Storage.wrappedBalances.entries(in: &state).reduce(UInt128(0)) { $0 + $1.value.planck }
        let issuance = try Storage.wrappedIssuance.value(in: &state)
        guard balances == issuance.planck else {
            throw InvariantViolation(
                description: "W-PHA balances add up to \(balances), issuance is \(issuance.planck)"
            )
        }
        let dust = try Storage.unmintableDust.value(in: &state)
        let backing = try settlement.currency.freeBalance(of: configuration.wrappedBalancesAccount, in: &state)
        guard backing == issuance.saturatingAdding(dust) else {
            throw InvariantViolation(
                description:
                    "the W-PHA backing account holds \(backing.planck) PHA for \(issuance.planck) W-PHA and \(dust.planck) dust"
            )
        }
    }
}
