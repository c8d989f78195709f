import PhalaPrimitives
import RuntimeSupport

// The vault force-withdraw rule (Phala's vault `check_and_maybe_force_withdraw`, phala-facts.md §4.7).

extension StakePools {
    /// `vault_check_and_maybe_force_withdraw`: pays the vault's queue (unlocking it when the queue
    /// empties); an unlocked vault whose oldest request waited more than 3 grace periods
    /// (`Waiting3xGracePeriod`), or whose expired requests cannot be paid from its free W-PHA plus what
    /// its stake pools owe it (`NoEnoughReleasingStake`), withdraws all its shares from every stake
    /// pool, is locked and emits `ForceShutdown`. Fails with the vault checks or `VaultBankrupt`.
    func vaultCheckAndMaybeForceWithdraw(pid: UInt64, in state: inout Overlay) throws(DispatchError) {
        var vault = try settlement.vault(pid, in: &state)
        try settlement.processWithdrawQueue(&vault.basePool, poolAccount: vault.poolAccount, in: &state)
        if vault.basePool.withdrawQueue.isEmpty { Storage.vaultLocks.remove(pid, in: &state) }
        settlement.store(vault, in: &state)
        guard try !Storage.vaultLocks.contains(pid, in: &state) else { return }
        guard let reason = try shutdownReason(of: vault, in: &state) else { return }
        var emptied: [UInt64] = []
        for investPid in vault.investPools {
            var pool = try settlement.stakePool(investPid, in: &state)
            var total = pool.basePool.queuedShares(of: vault.poolAccount)
            try settlement.loadHolding(of: vault.poolAccount, into: &pool.basePool, in: &state)
            guard let held = pool.basePool.holdings[vault.poolAccount] else {
                emptied.append(investPid)
                continue
            }
            if BasePool.isDust(held) {
                // Phala burns the dust share NFT; the record and its shares leave the pool here.
                pool.basePool.burnHolding(of: vault.poolAccount)
                settlement.storeHolding(of: vault.poolAccount, from: pool.basePool, in: &state)
                settlement.store(pool, in: &state)
                emptied.append(investPid)
                continue
            }
            total = total.saturatingAdding(held)
            try withdraw(pid: investPid, shares: total, asVault: pid, by: vault.basePool.owner, in: &state)
        }
        if !emptied.isEmpty {
            vault.investPools.removeAll { emptied.contains($0) }
            settlement.store(vault, in: &state)
        }
        Storage.vaultLocks.insert(Empty(), for: pid, in: &state)
        try deposit(.forceShutdown(pid: pid, reason: reason), in: &state)
    }

    /// Why the vault must shut down now, if it must.
    private func shutdownReason(of vault: Vault, in state: inout Overlay) throws(DispatchError) -> ForceShutdownReason?
    {
        let now = try now(in: &state)
        let grace = configuration.gracePeriod
        if let front = vault.basePool.withdrawQueue.first,
            front.startTime.addingReportingOverflow(3 * grace).partialValue < now
        {
            return .waiting3xGracePeriod
        }
        var releasing = Balance.zero
        for investPid in vault.investPools {
            let pool = try settlement.stakePool(investPid, in: &state).basePool
            let queued = pool.queuedShares(of: vault.poolAccount)
            guard pool.withdrawQueue.contains(where: { $0.user == vault.poolAccount }) else { continue }
            guard let price = pool.sharePrice else { throw error(.vaultBankrupt) }
            do { releasing = releasing.saturatingAdding(try queued.multiplied(by: price)) } catch {
                throw self.error(.arithmeticOverflow)
            }
        }
        let expired = vault.basePool.hasExpiredWithdrawal(
            now: now,
            grace: grace,
            vaultPeriod: configuration.vaultQueuePeriod,
            releasing: releasing,
            free: try settlement.wrappedBalance(of: vault.poolAccount, in: &state)
        )
        return expired ? .noEnoughReleasingStake : nil
    }

    /// `wrap`: moves `amount` PHA from `who` to the backing account (keeping `who` alive) and mints W-PHA.
    /// Fails with the currency's errors.
    func wrap(_ amount: Balance, by who: AccountId32, in state: inout Overlay) throws(DispatchError) {
        try settlement.transferPHA(
            amount,
            from: who,
            to: configuration.wrappedBalancesAccount,
            keepAlive: true,
            in: &state
        )
        _ = try settlement.mintWrapped(amount, into: who, in: &state)
        try deposit(.wrapped(user: who, amount: amount), in: &state)
    }

    /// `unwrap` (and `unwrap_all` with the whole free W-PHA): burns W-PHA and returns as much PHA.
    /// Fails with `UnwrapAmountExceedsAvaliableStake` when the free W-PHA is lower.
    func unwrap(_ amount: Balance, by who: AccountId32, in state: inout Overlay) throws(DispatchError) {
        guard try settlement.wrappedBalance(of: who, in: &state) >= amount else {
            throw error(.unwrapAmountExceedsAvaliableStake)
        }
        try settlement.burnWrapped(amount, from: who, in: &state)
        try settlement.transferPHA(
            amount,
            from: configuration.wrappedBalancesAccount,
            to: who,
            keepAlive: false,
            in: &state
        )
        try deposit(.unwrapped(user: who, amount: amount), in: &state)
    }
}
