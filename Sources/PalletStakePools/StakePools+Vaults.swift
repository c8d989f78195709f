import PhalaPrimitives
import RuntimeSupport

// Vault calls (Phala's vault.rs, phala-facts.md §4.6 and §4.7).

extension StakePools {
    /// The vault `pid`, checked to be owned by `who`.
    /// - Throws: `PoolDoesNotExist`, `PoolTypeNotMatch`, `UnauthorizedPoolOwner`.
    func ownedVault(_ pid: UInt64, by who: AccountId32, in state: inout Overlay) throws(DispatchError) -> Vault {
        let vault = try settlement.vault(pid, in: &state)
        guard vault.basePool.owner == who else { throw error(.unauthorizedPoolOwner) }
        return vault
    }

    /// `create_vault`: a new vault at the initial price checkpoint; emits `VaultCreated`.
    func createVault(owner: AccountId32, in state: inout Overlay) throws(DispatchError) {
        let (pid, cid) = try consumeIDs(in: &state)
        let vault = Vault(pid: pid, owner: owner, cid: cid, checkpoint: configuration.initialPriceCheckpoint)
        settlement.store(vault, in: &state)
        try deposit(.vaultCreated(owner: owner, pid: pid, cid: cid, poolAccountID: vault.poolAccount), in: &state)
    }

    /// Phala's `do_gain_owner_share`: pays the owner's commission on the price rise in new shares and
    /// emits `OwnerSharesGained` when the price rose past the checkpoint.
    func gainOwnerShares(vaultPid: UInt64, in state: inout Overlay) throws(DispatchError) {
        var vault = try settlement.vault(vaultPid, in: &state)
        let gained: Balance?
        do {
            gained = try vault.basePool.gainOwnerShares(
                commission: vault.commission ?? .zero,
                checkpoint: &vault.lastSharePriceCheckpoint
            )
        } catch {
            throw self.error(Error(error))
        }
        settlement.store(vault, in: &state)
        if let gained {
            try deposit(
                .ownerSharesGained(pid: vaultPid, shares: gained, checkoutPrice: vault.lastSharePriceCheckpoint),
                in: &state
            )
        }
    }

    /// `set_vault_payout_pref`. Fails with the vault checks or `CommissionNotChanged`.
    func setVaultPayoutPref(pid: UInt64, commission: Permill?, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        let vault = try ownedVault(pid, by: who, in: &state)
        guard vault.commission != commission else { throw error(.commissionNotChanged) }
        try gainOwnerShares(vaultPid: pid, in: &state)
        var settled = try settlement.vault(pid, in: &state)
        settled.commission = commission
        settlement.store(settled, in: &state)
        try deposit(.vaultCommissionSet(pid: pid, commission: commission?.parts ?? 0), in: &state)
    }

    /// `claim_owner_shares`. Fails with the vault checks, `NoEnoughShareToClaim` (more than the owner
    /// shares) or `NoRewardToClaim` (zero shares).
    func claimOwnerShares(
        pid: UInt64,
        target: AccountId32,
        shares: Balance,
        by who: AccountId32,
        in state: inout Overlay
    )
        throws(DispatchError)
    {
        var vault = try ownedVault(pid, by: who, in: &state)
        guard vault.basePool.ownerShares >= shares else { throw error(.noEnoughShareToClaim) }
        guard shares > .zero else { throw error(.noRewardToClaim) }
        try settlement.loadHolding(of: target, into: &vault.basePool, in: &state)
        do { try vault.basePool.claimOwnerShares(shares, to: target) } catch { throw self.error(Error(error)) }
        settlement.storeHolding(of: target, from: vault.basePool, in: &state)
        settlement.store(vault, in: &state)
        try deposit(.ownerSharesClaimed(pid: pid, user: who, shares: shares), in: &state)
    }

    /// `vault_contribute`. Fails with `InsufficientContribution`, `InsufficientBalance`,
    /// `PoolDoesNotExist`/`PoolTypeNotMatch`, or the base contribute checks.
    func vaultContribute(pid: UInt64, amount: Balance, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        guard amount >= configuration.minContribution else { throw error(.insufficientContribution) }
        guard try settlement.wrappedBalance(of: who, in: &state) >= amount else { throw error(.insufficientBalance) }
        try gainOwnerShares(vaultPid: pid, in: &state)
        var vault = try settlement.vault(pid, in: &state)
        let shares = try contribute(
            to: &vault.basePool,
            poolAccount: vault.poolAccount,
            account: who,
            amount: amount,
            in: &state
        )
        try settlement.processWithdrawQueue(&vault.basePool, poolAccount: vault.poolAccount, in: &state)
        settlement.store(vault, in: &state)
        try deposit(.vaultContribution(pid: pid, user: who, amount: amount, shares: shares), in: &state)
    }

    /// `vault_withdraw`. Fails with `PoolDoesNotExist`/`PoolTypeNotMatch`, `NoNftToWithdraw`, or
    /// `NoEnoughShareToClaim` (dust, or more than held plus queued).
    func vaultWithdraw(pid: UInt64, shares: Balance, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        try gainOwnerShares(vaultPid: pid, in: &state)
        var vault = try settlement.vault(pid, in: &state)
        try queueWithdrawal(
            from: &vault.basePool,
            poolAccount: vault.poolAccount,
            account: who,
            shares: shares,
            asVault: nil,
            in: &state
        )
        settlement.store(vault, in: &state)
    }
}
