public import PhalaPrimitives
public import RuntimeSupport

extension Balances {
    /// Dispatches one of Balances' calls.
    ///
    /// Failure conditions:
    /// - any call: an address other than `MultiAddress.id` — `DispatchError.cannotLookup`;
    /// - transfers: the wrong origin (signed for the transfers, root for the `force` calls) —
    ///   `.badOrigin`; `value` above the free balance — `InsufficientBalance`; a new destination below the
    ///   existential deposit — `ExistentialDeposit`; a frozen balance in the way — `LiquidityRestrictions`;
    ///   a keep-alive transfer (or a sender with consumers) that would kill the sender — `Expendability`.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        switch call {
        case .transferAllowDeath(let dest, let value):
            try transfer(
                from: try origin.ensureSigned(),
                to: try lookup(dest),
                value: value,
                keepAlive: false,
                in: &state
            )
        case .forceTransfer(let source, let dest, let value):
            try origin.ensureRoot()
            try transfer(from: try lookup(source), to: try lookup(dest), value: value, keepAlive: false, in: &state)
        case .transferKeepAlive(let dest, let value):
            try transfer(
                from: try origin.ensureSigned(),
                to: try lookup(dest),
                value: value,
                keepAlive: true,
                in: &state
            )
        case .transferAll(let dest, let keepAlive):
            let sender = try origin.ensureSigned()
            let destination = try lookup(dest)
            let value = try reducibleBalance(of: sender, keepAlive: keepAlive, in: &state)
            try transfer(from: sender, to: destination, value: value, keepAlive: keepAlive, in: &state)
        case .forceUnreserve(let who, let amount):
            try origin.ensureRoot()
            _ = try unreserve(amount, from: try lookup(who), in: &state)
        case .forceSetBalance(let who, let newFree):
            try origin.ensureRoot()
            try forceSetBalance(of: try lookup(who), to: newFree, in: &state)
        }
    }

    /// Moves `value` from `source` to `dest` under pallet-balances' `Currency::transfer` rules, emitting
    /// `Transfer` (after `NewAccount` and `Endowed` for a new destination).
    /// - Parameters:
    ///   - source: the payer.
    ///   - dest: the payee.
    ///   - value: the amount; zero, or a transfer to oneself, does nothing.
    ///   - keepAlive: whether the payer must stay at or above the existential deposit.
    ///   - state: the block's state.
    /// - Throws: the Balances errors listed at `dispatch(_:origin:in:)`.
    public func transfer(
        from source: AccountId32,
        to dest: AccountId32,
        value: Balance,
        keepAlive: Bool,
        in state: inout Overlay
    ) throws(DispatchError) {
        guard value > .zero, source != dest else { return }
        let deposit = configuration.existentialDeposit
        let canDie = try canLoseProvider(source, in: &state)
        let from = try system.accountData(of: source, in: &state)
        let to = try system.accountData(of: dest, in: &state)
        // The checks in pallet-balances' order, so that the error reported is the one it would report.
        guard let remaining = from.free.checkedSubtracting(value) else {
            throw dispatchError(Error.insufficientBalance)
        }
        guard let received = to.free.checkedAdding(value) else { throw .arithmetic(.overflow) }
        guard received.saturatingAdding(to.reserved) >= deposit else { throw dispatchError(Error.existentialDeposit) }
        guard remaining >= from.frozen else { throw dispatchError(Error.liquidityRestrictions) }
        guard (!keepAlive && canDie) || remaining.saturatingAdding(from.reserved) >= deposit else {
            throw dispatchError(Error.expendability)
        }
        try state.transactional { (state: inout Overlay) throws(DispatchError) in
            try mutateAccount(source, in: &state) { (data: inout AccountData, _) throws(DispatchError) in
                data.free = remaining
            }
            try mutateAccount(dest, in: &state) { (data: inout AccountData, _) throws(DispatchError) in
                data.free = received
            }
        }
        try self.deposit(.transferred(from: source, to: dest, amount: value), in: &state)
    }

    /// What the account can move out: `free` less the part that must stay (its frozen funds beyond what
    /// is reserved, and the existential deposit when it must stay alive).
    /// - Parameters:
    ///   - account: the account.
    ///   - keepAlive: whether the account must stay alive.
    ///   - state: the block's state.
    /// - Returns: the reducible balance.
    /// - Throws: a state read failure.
    public func reducibleBalance(of account: AccountId32, keepAlive: Bool, in state: inout Overlay)
        throws(DispatchError)
        -> Balance
    {
        let data = try system.accountData(of: account, in: &state)
        var untouchable = data.frozen.saturatingSubtracting(data.reserved)
        let canDie = try canLoseProvider(account, in: &state)
        if keepAlive || !canDie {
            untouchable = max(untouchable, configuration.existentialDeposit)
        }
        return data.free.saturatingSubtracting(untouchable)
    }

    /// Sets `account`'s free balance to `newFree` (zero when below the existential deposit), minting or
    /// burning the difference, and emits `BalanceSet`.
    func forceSetBalance(of account: AccountId32, to newFree: Balance, in state: inout Overlay) throws(DispatchError) {
        let free = newFree < configuration.existentialDeposit ? .zero : newFree
        let old = try mutateAccount(account, in: &state) { (data: inout AccountData, _) throws(DispatchError) in
            defer { data.free = free }
            return data.free
        }
        if free > old { try increaseIssuance(by: free.saturatingSubtracting(old), in: &state) }
        if free < old { try reduceIssuance(by: old.saturatingSubtracting(free), in: &state) }
        try self.deposit(.balanceSet(who: account, free: free), in: &state)
    }
}
