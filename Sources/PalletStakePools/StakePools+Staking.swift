import PhalaPrimitives
import RuntimeSupport

// Contributions, withdrawals and the stake pool force-withdraw rule (phala-facts.md §4.2, §4.3, §4.7).

extension StakePools {
    /// Phala's `base_pool::contribute`: refuses a bankrupt pool (`PoolBankrupt`) and, when the pool has a
    /// whitelist, anyone but a listed staker or the owner (`NotInContributeWhitelist`); then mints the
    /// shares to `account` and moves `amount` W-PHA from `account` to `poolAccount`.
    /// - Returns: the shares minted.
    func contribute(
        to pool: inout BasePool,
        poolAccount: AccountId32,
        account: AccountId32,
        amount: Balance,
        in state: inout Overlay
    ) throws(DispatchError) -> Balance {
        guard pool.totalShares == .zero || pool.totalValue > .zero else { throw error(.poolBankrupt) }
        if let whitelist = try Storage.poolContributionWhitelists.get(pool.pid, in: &state) {
            guard whitelist.contains(account) || pool.owner == account else {
                throw error(.notInContributeWhitelist)
            }
        }
        try settlement.loadHolding(of: account, into: &pool, in: &state)
        let shares: Balance
        do { shares = try pool.contribute(user: account, amount: amount) } catch { throw self.error(Error(error)) }
        settlement.storeHolding(of: account, from: pool, in: &state)
        try settlement.transferWrapped(amount, from: account, to: poolAccount, in: &state)
        return shares
    }

    /// Queues a withdrawal of `shares` by `account` (Phala's `try_withdraw`), emits `WithdrawalQueued`
    /// and pays what the pool's free W-PHA allows.
    func queueWithdrawal(
        from pool: inout BasePool,
        poolAccount: AccountId32,
        account: AccountId32,
        shares: Balance,
        asVault: UInt64?,
        in state: inout Overlay
    ) throws(DispatchError) {
        let now = try now(in: &state)
        try settlement.loadHolding(of: account, into: &pool, in: &state)
        do { try pool.withdraw(user: account, shares: shares, now: now) } catch { throw self.error(Error(error)) }
        settlement.storeHolding(of: account, from: pool, in: &state)
        try deposit(.withdrawalQueued(pid: pool.pid, user: account, shares: shares, asVault: asVault), in: &state)
        try settlement.processWithdrawQueue(&pool, poolAccount: poolAccount, in: &state)
    }

    /// For `as_vault` calls: the vault, checked unlocked and owned by `who`.
    /// - Throws: `PoolDoesNotExist`, `PoolTypeNotMatch`, `VaultIsLocked`, `UnauthorizedPoolOwner`.
    func actingVault(_ vaultPid: UInt64, by who: AccountId32, in state: inout Overlay) throws(DispatchError) -> Vault {
        let vault = try settlement.vault(vaultPid, in: &state)
        guard try !Storage.vaultLocks.contains(vaultPid, in: &state) else { throw error(.vaultIsLocked) }
        guard vault.basePool.owner == who else { throw error(.unauthorizedPoolOwner) }
        return vault
    }

    /// `contribute`. Fails with the `as_vault` checks, `PoolDoesNotExist`/`PoolTypeNotMatch`,
    /// `InsufficientContribution` (below `MinContribution`), `InsufficientBalance` (the payer's free
    /// W-PHA), the base contribute checks, or `StakeExceedsCapacity` after the queue was paid.
    func contribute(pid: UInt64, amount: Balance, asVault: UInt64?, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        let vault: Vault? = try asVault.map { (pid: UInt64) throws(DispatchError) in
            try actingVault(pid, by: who, in: &state)
        }
        let payer = vault?.poolAccount ?? who
        var pool = try settlement.stakePool(pid, in: &state)
        guard amount >= configuration.minContribution else { throw error(.insufficientContribution) }
        guard try settlement.wrappedBalance(of: payer, in: &state) >= amount else { throw error(.insufficientBalance) }
        let shares = try contribute(
            to: &pool.basePool,
            poolAccount: pool.poolAccount,
            account: payer,
            amount: amount,
            in: &state
        )
        if var vault, let asVault {
            if !vault.investPools.contains(pid) { vault.investPools.append(pid) }
            settlement.store(vault, in: &state)
            pool.basePool.addValueSubscriber(asVault)
        }
        try settlement.processWithdrawQueue(&pool.basePool, poolAccount: pool.poolAccount, in: &state)
        if let cap = pool.cap, pool.basePool.totalValue > cap { throw error(.stakeExceedsCapacity) }
        settlement.store(pool, in: &state)
        try deposit(.contribution(pid: pid, user: payer, amount: amount, shares: shares, asVault: asVault), in: &state)
    }

    /// `withdraw`. Fails with the `as_vault` checks, `PoolDoesNotExist`/`PoolTypeNotMatch`,
    /// `NoNftToWithdraw` (no shares held), or `InvalidWithdrawalAmount` (dust, or more than held plus queued).
    func withdraw(pid: UInt64, shares: Balance, asVault: UInt64?, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        var account = who
        if let asVault { account = try actingVault(asVault, by: who, in: &state).poolAccount }
        var pool = try settlement.stakePool(pid, in: &state)
        try queueWithdrawal(
            from: &pool.basePool,
            poolAccount: pool.poolAccount,
            account: account,
            shares: shares,
            asVault: asVault,
            in: &state
        )
        settlement.store(pool, in: &state)
    }

    /// `check_and_maybe_force_withdraw`: pays the queue; when a queued withdrawal has waited more than
    /// the grace period and cannot be paid from free plus releasing stake (the cooling-down workers'
    /// stakes), stops every computing worker not already cooling down. Fails with the pool checks.
    func checkAndMaybeForceWithdraw(pid: UInt64, in state: inout Overlay) throws(DispatchError) {
        var pool = try settlement.stakePool(pid, in: &state)
        try settlement.processWithdrawQueue(&pool.basePool, poolAccount: pool.poolAccount, in: &state)
        settlement.store(pool, in: &state)
        var releasing = Balance.zero
        for worker in pool.cdWorkers {
            let stake = try sessions.stake(of: PoolAccounts.sessionAccount(pid: pid, worker: worker), in: &state)
            releasing = releasing.saturatingAdding(stake ?? .zero)
        }
        let expired = pool.basePool.hasExpiredWithdrawal(
            now: try now(in: &state),
            grace: configuration.gracePeriod,
            vaultPeriod: nil,
            releasing: releasing,
            free: try settlement.wrappedBalance(of: pool.poolAccount, in: &state)
        )
        guard expired else { return }
        for worker in pool.workers where !pool.cdWorkers.contains(worker) {
            let session = PoolAccounts.sessionAccount(pid: pid, worker: worker)
            guard try sessions.sessionState(session, in: &state) == .computing else { continue }
            try stopComputing(pid: pid, worker: worker, by: pool.basePool.owner, in: &state)
        }
    }

    /// `add_staker_to_whitelist`. Fails with `PoolDoesNotExist`, `UnauthorizedPoolOwner`,
    /// `AlreadyInContributeWhitelist`, `ExceedWhitelistMaxLen` (100 stakers).
    func addStakerToWhitelist(pid: UInt64, staker: AccountId32, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        try ensureOwner(of: pid, who: who, in: &state)
        if var whitelist = try Storage.poolContributionWhitelists.get(pid, in: &state) {
            guard !whitelist.contains(staker) else { throw error(.alreadyInContributeWhitelist) }
            guard whitelist.count < 100 else { throw error(.exceedWhitelistMaxLen) }
            whitelist.append(staker)
            Storage.poolContributionWhitelists.insert(whitelist, for: pid, in: &state)
        } else {
            Storage.poolContributionWhitelists.insert([staker], for: pid, in: &state)
            try deposit(.poolWhitelistCreated(pid: pid), in: &state)
        }
        try deposit(.poolWhitelistStakerAdded(pid: pid, staker: staker), in: &state)
    }

    /// `remove_staker_from_whitelist`. Fails with `PoolDoesNotExist`, `UnauthorizedPoolOwner`,
    /// `NoWhitelistCreated`, `NotInContributeWhitelist`.
    func removeStakerFromWhitelist(pid: UInt64, staker: AccountId32, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        try ensureOwner(of: pid, who: who, in: &state)
        guard var whitelist = try Storage.poolContributionWhitelists.get(pid, in: &state) else {
            throw error(.noWhitelistCreated)
        }
        guard whitelist.contains(staker) else { throw error(.notInContributeWhitelist) }
        whitelist.removeAll { $0 == staker }
        if whitelist.isEmpty {
            Storage.poolContributionWhitelists.remove(pid, in: &state)
        } else {
            Storage.poolContributionWhitelists.insert(whitelist, for: pid, in: &state)
        }
        try deposit(.poolWhitelistStakerRemoved(pid: pid, staker: staker), in: &state)
        if whitelist.isEmpty { try deposit(.poolWhitelistDeleted(pid: pid), in: &state) }
    }

    /// Checks `who` owns pool or vault `pid`.
    /// - Throws: `PoolDoesNotExist`, `UnauthorizedPoolOwner`.
    private func ensureOwner(of pid: UInt64, who: AccountId32, in state: inout Overlay) throws(DispatchError) {
        guard let pool = try Storage.pools.get(pid, in: &state) else { throw error(.poolDoesNotExist) }
        guard pool.basePool.owner == who else { throw error(.unauthorizedPoolOwner) }
    }
}
