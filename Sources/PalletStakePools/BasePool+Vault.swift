public import PhalaPrimitives

extension BasePool {
    /// Mints a vault owner's commission as new shares when the price has risen past the checkpoint
    /// (Phala's `do_gain_owner_share`).
    ///
    /// current = from_fixed(price); delta = commission × (current − checkpoint) with Permill rounding;
    /// the new price is current − delta, and the owner gets `bdiv(totalValue, newPrice) − totalShares`
    /// shares (at least 0), which dilutes stakers to exactly the new price.
    /// - Parameters:
    ///   - commission: the vault's commission (0 when none is set).
    ///   - checkpoint: the last price the owner was paid up to, in planck per PHA-share (1 PHA = 10¹²);
    ///     set to the current price when 0 and moved to the new price when shares are gained.
    /// - Returns: the shares added to `ownerShares` (for `OwnerSharesGained{shares, checkout_price: checkpoint}`),
    ///   or `nil` when the price is missing, the checkpoint was just initialised, or the price has not risen.
    /// - Throws: `.arithmeticOverflow` when a fixed-point step overflows.
    public mutating func gainOwnerShares(commission: Permill, checkpoint: inout Balance) throws(StakePoolError)
        -> Balance?
    {
        guard let price = sharePrice else { return nil }
        let current: Balance
        do { current = try Balance(pha: price) } catch { throw .arithmeticOverflow }
        guard checkpoint != .zero else {
            checkpoint = current
            return nil
        }
        guard current > checkpoint else { return nil }
        let delta = commission * (current.planck - checkpoint.planck)
        let newPrice = Balance(planck: current.planck - delta)
        let fair: Balance
        do { fair = try totalValue.divided(by: try U64F64(balance: newPrice)) } catch { throw .arithmeticOverflow }
        let gained = fair.saturatingSubtracting(totalShares)
        totalShares = totalShares.saturatingAdding(gained)
        ownerShares = ownerShares.saturatingAdding(gained)
        checkpoint = newPrice
        return gained
    }

    /// The part of a stakers' reward that belongs to a subscribed vault, for marking up the vault's NAV
    /// (step 7 of Phala's `handle_pool_new_reward`).
    ///
    /// ratio = from_fixed((to_fixed(holding) + Σ to_fixed(queued)) / to_fixed(totalShares)), summed in
    /// fixed point as Phala does; the result is bmul(ratio, to_fixed(reward)), or 0 when the division
    /// is impossible. Reads `holdings[vaultAccount]`, which must be loaded. The caller adds the result to
    /// the vault's value with `distributeReward(_:)`; no tokens move.
    /// - Parameters:
    ///   - vaultAccount: the vault's pool account, as it holds shares in this pool.
    ///   - reward: the stakers' part of the reward (after commission).
    /// - Returns: the vault's settled part.
    /// - Throws: `.arithmeticOverflow` when a fixed-point step overflows.
    public func vaultRewardShare(vaultAccount: AccountId32, reward: Balance) throws(StakePoolError) -> Balance {
        do {
            var vaultShares = try U64F64(balance: shares(of: vaultAccount))
            for request in withdrawQueue where request.user == vaultAccount {
                vaultShares = try vaultShares.adding(try U64F64(balance: request.shares))
            }
            guard let fraction = try? vaultShares.divided(by: try U64F64(balance: totalShares)) else { return .zero }
            return try Balance(pha: fraction).multiplied(by: try U64F64(balance: reward))
        } catch {
            throw .arithmeticOverflow
        }
    }
}

extension BasePool {
    /// Moves `shares` of a vault owner's commission shares into `target`'s holding (Phala's
    /// `claim_owner_shares` minting a share NFT to the target); `holdings[target]` must be loaded.
    /// - Parameters:
    ///   - shares: the shares to hand out; at most `ownerShares`.
    ///   - target: who receives them.
    /// - Throws: `.noEnoughShareToClaim` when `ownerShares` is smaller.
    public mutating func claimOwnerShares(_ shares: Balance, to target: AccountId32) throws(StakePoolError) {
        guard let left = ownerShares.checkedSubtracting(shares) else { throw .noEnoughShareToClaim }
        ownerShares = left
        holdings[target] = self.shares(of: target).saturatingAdding(shares)
    }
}

extension BasePool {
    /// Removes `account`'s share record and its shares from the pool (Phala burning a dust share NFT
    /// during a vault's force shutdown; here the shares also leave `totalShares`, so records and total agree).
    /// The holding must be loaded; an account with none loaded is left alone.
    /// - Parameter account: the holder.
    public mutating func burnHolding(of account: AccountId32) {
        guard let held = holdings.removeValue(forKey: account) else { return }
        totalShares = totalShares.saturatingSubtracting(held)
    }
}
