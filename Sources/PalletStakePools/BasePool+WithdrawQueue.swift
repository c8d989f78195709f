public import PhalaPrimitives

extension BasePool {
    /// Queues a withdrawal of `shares` by `user` (Phala's `withdraw` checks plus `push_withdraw_in_queue`).
    ///
    /// A user has at most one request: an earlier one is merged back into the holding first, so
    /// re-requesting moves the request to the back and resets its start time. Reads and writes
    /// `holdings[user]`, which must be loaded. The caller then runs
    /// `processWithdrawQueue(free:minBalance:)`.
    /// - Parameters:
    ///   - user: the staker.
    ///   - shares: the shares to take out.
    ///   - now: the current time in unix seconds.
    /// - Throws: `.noNftToWithdraw` when `user` never held shares here; for 1000 shares or fewer, or
    ///   more than the holding plus the queued shares, `.invalidWithdrawalAmount` in a stake pool and
    ///   `.noEnoughShareToClaim` in a vault.
    public mutating func withdraw(user: AccountId32, shares: Balance, now: UInt64) throws(StakePoolError) {
        guard let held = holdings[user] else { throw .noNftToWithdraw }
        let available = held.saturatingAdding(queuedShares(of: user))
        guard !Self.isDust(shares), shares <= available else {
            throw kind == .vault ? .noEnoughShareToClaim : .invalidWithdrawalAmount
        }
        // shares > 1000 guarantees a price exists, so Phala's "no price" branch cannot be reached here.
        withdrawQueue.removeAll { $0.user == user }
        holdings[user] = Balance(planck: available.planck - shares.planck)
        withdrawQueue.append(WithdrawRequest(user: user, startTime: now, shares: shares))
    }

    /// Pays queued withdrawals from the pool's free W-PHA, front first (Phala's `try_process_withdraw_queue`).
    ///
    /// While `free > minBalance`: a front request worth at most `minBalance` at the current price is
    /// burnt (its shares leave `totalShares`, the value stays, so the price rises); otherwise
    /// `take = min(bdiv(free, startPrice), shares)` with the price taken once at the start (all the
    /// shares when it is 0), paid at `min(bmul(take, currentPrice), free)` as Phala's
    /// `remove_stake_from_nft` does; a dust remainder (≤ 1000) is removed with them, and `totalValue`
    /// drops to 0 when only dust would remain. A request whose remainder is 0 or worth at most
    /// `minBalance` at the current price is popped and its remainder burnt; otherwise it stays at the
    /// front, partly filled.
    /// - Parameters:
    ///   - free: the pool account's free W-PHA.
    ///   - minBalance: the W-PHA asset's minimum balance.
    /// - Returns: one aggregated outcome per user, in account-id byte order; the caller transfers each `amount`.
    /// - Throws: `.arithmeticOverflow` when a fixed-point step overflows.
    public mutating func processWithdrawQueue(free: Balance, minBalance: Balance) throws(StakePoolError)
        -> [Withdrawal]
    {
        guard let price = sharePrice else { return [] }
        var free = free
        var outcomes: [AccountId32: Withdrawal] = [:]
        func record(_ user: AccountId32, amount: Balance, shares: Balance, burnt: Balance) {
            var outcome = outcomes[user] ?? Withdrawal(user: user, amount: .zero, shares: .zero, burntShares: .zero)
            outcome.amount = outcome.amount.saturatingAdding(amount)
            outcome.shares = outcome.shares.saturatingAdding(shares)
            outcome.burntShares = outcome.burntShares.saturatingAdding(burnt)
            outcomes[user] = outcome
        }
        do {
            while free > minBalance, var request = withdrawQueue.first {
                if try isWorthAtMost(minBalance, shares: request.shares) {
                    withdrawQueue.removeFirst()
                    totalShares = totalShares.saturatingSubtracting(request.shares)
                    record(request.user, amount: .zero, shares: .zero, burnt: request.shares)
                    continue
                }
                let freeShares = price == .zero ? request.shares : try free.divided(by: price)
                let take = min(freeShares, request.shares)
                // Phala only debug-asserts this; stopping keeps a zero-share step from looping forever.
                guard take > .zero, let currentPrice = sharePrice else { break }
                let amount = min(try take.multiplied(by: currentPrice), free)
                var remaining = Balance(planck: request.shares.planck - take.planck)
                var removed = take
                if Self.isDust(remaining) {
                    removed = removed.saturatingAdding(remaining)
                    remaining = .zero
                }
                totalShares = totalShares.saturatingSubtracting(removed)
                let valueLeft = totalValue.saturatingSubtracting(amount)
                totalValue = Self.isDust(valueLeft) ? .zero : valueLeft
                free = free.saturatingSubtracting(amount)
                record(request.user, amount: amount, shares: removed, burnt: .zero)
                if try remaining == .zero || isWorthAtMost(minBalance, shares: remaining) {
                    withdrawQueue.removeFirst()
                    totalShares = totalShares.saturatingSubtracting(remaining)
                    record(request.user, amount: .zero, shares: .zero, burnt: remaining)
                } else {
                    request.shares = remaining
                    withdrawQueue[0] = request
                }
            }
        } catch {
            throw .arithmeticOverflow
        }
        return outcomes.values.sorted { $0.user.bytes.lexicographicallyPrecedes($1.user.bytes) }
    }

    /// Whether `shares` are worth at most `minBalance` at the current price (Phala's `maybe_remove_dust` test);
    /// false when there is no price.
    private func isWorthAtMost(_ minBalance: Balance, shares: Balance) throws(FixedPointError) -> Bool {
        guard let price = sharePrice else { return false }
        return try shares.multiplied(by: price) <= minBalance
    }

    /// Whether a queued withdrawal has waited too long for stake to free up (Phala's `has_expired_withdrawal`).
    ///
    /// Walks the queue with a budget of `free + releasing`: a request that does not fit expires when
    /// it is more than `grace` seconds old; with `vaultPeriod`, any request older than that expires.
    /// - Parameters:
    ///   - now: the current time in unix seconds.
    ///   - grace: the grace period in seconds (7 days on chain).
    ///   - vaultPeriod: for vaults, the longest any request may wait (21 days on chain); `nil` for stake pools.
    ///   - releasing: stake on its way back (cooling-down workers, or a vault's queued withdrawals).
    ///   - free: the pool account's free W-PHA.
    /// - Returns: false also when the pool has no price or is bankrupt.
    public func hasExpiredWithdrawal(
        now: UInt64,
        grace: UInt64,
        vaultPeriod: UInt64?,
        releasing: Balance,
        free: Balance
    ) -> Bool {
        guard let price = sharePrice, price != .zero else { return false }
        var budget = free.saturatingAdding(releasing)
        for request in withdrawQueue {
            let waited = now > request.startTime ? now - request.startTime : 0
            if let vaultPeriod, waited > vaultPeriod { return true }
            guard let amount = try? request.shares.multiplied(by: price), amount <= budget else {
                return waited > grace
            }
            budget = Balance(planck: budget.planck - amount.planck)
        }
        return false
    }
}
