import PhalaPrimitives
public import RuntimeSupport

extension StakePools {
    /// Dispatches one of the pallet's calls in its own storage transaction, so a failing call changes
    /// nothing (Phala marks most of these `#[transactional]`).
    ///
    /// Every call needs a signed origin (`.badOrigin` otherwise); the failure conditions of each call
    /// are listed on the function that implements it.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: `DispatchError`, mostly `.module` with one of `Error`'s cases.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        let who = try origin.ensureSigned()
        try state.transactional { (state: inout Overlay) throws(DispatchError) in
            try dispatch(call, who: who, in: &state)
        }
    }

    /// Routes a signed call to its implementation.
    private func dispatch(_ call: Call, who: AccountId32, in state: inout Overlay) throws(DispatchError) {
        switch call {
        case .create: try createStakePool(owner: who, in: &state)
        case .addWorker(let pid, let pubkey): try addWorker(pid: pid, worker: pubkey, by: who, in: &state)
        case .removeWorker(let pid, let worker): try removeWorker(pid: pid, worker: worker, by: who, in: &state)
        case .setCap(let pid, let cap): try setCap(pid: pid, cap: cap, by: who, in: &state)
        case .setPayoutPref(let pid, let commission):
            try setPayoutPref(pid: pid, commission: commission, by: who, in: &state)
        case .claimOwnerRewards(let pid, let target):
            try claimOwnerRewards(pid: pid, target: target, by: who, in: &state)
        case .checkAndMaybeForceWithdraw(let pid): try checkAndMaybeForceWithdraw(pid: pid, in: &state)
        case .contribute(let pid, let amount, let asVault):
            try contribute(pid: pid, amount: amount, asVault: asVault, by: who, in: &state)
        case .withdraw(let pid, let shares, let asVault):
            try withdraw(pid: pid, shares: shares, asVault: asVault, by: who, in: &state)
        case .startComputing(let pid, let worker, let stake):
            try startComputing(pid: pid, worker: worker, stake: stake, by: who, in: &state)
        case .stopComputing(let pid, let worker): try stopComputing(pid: pid, worker: worker, by: who, in: &state)
        case .reclaimPoolWorker(let pid, let worker):
            _ = try settlement.stakePool(pid, in: &state)
            _ = try reclaim(pid: pid, worker: worker, checkCooldown: true, in: &state)
        case .restartComputing(let pid, let worker, let stake):
            try restartComputing(pid: pid, worker: worker, stake: stake, by: who, in: &state)
        case .createVault: try createVault(owner: who, in: &state)
        case .setVaultPayoutPref(let pid, let commission):
            try setVaultPayoutPref(pid: pid, commission: commission, by: who, in: &state)
        case .claimOwnerShares(let pid, let target, let shares):
            try claimOwnerShares(pid: pid, target: target, shares: shares, by: who, in: &state)
        case .maybeGainOwnerShares(let pid):
            _ = try ownedVault(pid, by: who, in: &state)
            try gainOwnerShares(vaultPid: pid, in: &state)
        case .vaultCheckAndMaybeForceWithdraw(let pid): try vaultCheckAndMaybeForceWithdraw(pid: pid, in: &state)
        case .vaultContribute(let pid, let amount): try vaultContribute(pid: pid, amount: amount, by: who, in: &state)
        case .vaultWithdraw(let pid, let shares): try vaultWithdraw(pid: pid, shares: shares, by: who, in: &state)
        case .addStakerToWhitelist(let pid, let staker):
            try addStakerToWhitelist(pid: pid, staker: staker, by: who, in: &state)
        case .removeStakerFromWhitelist(let pid, let staker):
            try removeStakerFromWhitelist(pid: pid, staker: staker, by: who, in: &state)
        case .wrap(let amount): try wrap(amount, by: who, in: &state)
        case .unwrapAll: try unwrap(settlement.wrappedBalance(of: who, in: &state), by: who, in: &state)
        case .unwrap(let amount): try unwrap(amount, by: who, in: &state)
        }
    }
}
