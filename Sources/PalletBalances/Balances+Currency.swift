public import PhalaPrimitives
public import RuntimeSupport

extension Balances: Currency {
    /// The account's free balance.
    public func freeBalance(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance {
        try system.accountData(of: account, in: &state).free
    }

    /// Takes `amount` out of the account and out of the total issuance (pallet-balances'
    /// `Currency::withdraw`), emitting `Withdraw`.
    ///
    /// Fails with `InsufficientBalance` when `free` is lower than `amount`, `Expendability` when
    /// `keepAlive` and the account would fall below the existential deposit, `LiquidityRestrictions`
    /// when frozen funds are in the way.
    public func withdraw(_ amount: Balance, from account: AccountId32, keepAlive: Bool, in state: inout Overlay)
        throws(DispatchError)
    {
        guard amount > .zero else { return }
        let deposit = configuration.existentialDeposit
        try mutateAccount(account, in: &state) { (data: inout AccountData, _) throws(DispatchError) in
            guard let remaining = data.free.checkedSubtracting(amount) else {
                throw dispatchError(Error.insufficientBalance)
            }
            let wouldKill = remaining.saturatingAdding(data.reserved) < deposit && data.total >= deposit
            guard !keepAlive || !wouldKill else { throw dispatchError(Error.expendability) }
            guard remaining >= data.frozen else { throw dispatchError(Error.liquidityRestrictions) }
            data.free = remaining
        }
        try self.deposit(.withdrawn(who: account, amount: amount), in: &state)
        try reduceIssuance(by: amount, in: &state)
    }

    /// Adds `amount` to the account and to the total issuance, emitting `Deposit`.
    ///
    /// Fails with `ExistentialDeposit` when a new account would start below the existential deposit.
    public func deposit(_ amount: Balance, into account: AccountId32, in state: inout Overlay) throws(DispatchError) {
        guard amount > .zero else { return }
        let deposit = configuration.existentialDeposit
        try mutateAccount(account, in: &state) { (data: inout AccountData, isNew: Bool) throws(DispatchError) in
            guard let raised = data.free.checkedAdding(amount) else { throw .arithmetic(.overflow) }
            guard !isNew || raised >= deposit else { throw dispatchError(Error.existentialDeposit) }
            data.free = raised
        }
        try increaseIssuance(by: amount, in: &state)
        try self.deposit(.deposited(who: account, amount: amount), in: &state)
    }
}

extension Balances: ReservableCurrency {
    /// Moves `amount` from free to reserved, emitting `Reserved`.
    ///
    /// Fails with `InsufficientBalance` when `free` is lower than `amount`, `LiquidityRestrictions` when
    /// frozen funds are in the way.
    public func reserve(_ amount: Balance, from account: AccountId32, in state: inout Overlay) throws(DispatchError) {
        guard amount > .zero else { return }
        try mutateAccount(account, in: &state) { (data: inout AccountData, _) throws(DispatchError) in
            guard let remaining = data.free.checkedSubtracting(amount) else {
                throw dispatchError(Error.insufficientBalance)
            }
            guard remaining >= data.frozen else { throw dispatchError(Error.liquidityRestrictions) }
            guard let reserved = data.reserved.checkedAdding(amount) else { throw .arithmetic(.overflow) }
            data.free = remaining
            data.reserved = reserved
        }
        try self.deposit(.reserved(who: account, amount: amount), in: &state)
    }

    /// Moves up to `amount` from reserved to free, emitting `Unreserved` when anything moved.
    public func unreserve(_ amount: Balance, from account: AccountId32, in state: inout Overlay) throws(DispatchError)
        -> Balance
    {
        guard amount > .zero else { return .zero }
        let moved = try mutateAccount(account, in: &state) { (data: inout AccountData, _) throws(DispatchError) in
            let moved = min(amount, data.reserved)
            data.reserved = data.reserved.saturatingSubtracting(moved)
            data.free = data.free.saturatingAdding(moved)
            return moved
        }
        if moved > .zero { try self.deposit(.unreserved(who: account, amount: moved), in: &state) }
        return amount.saturatingSubtracting(moved)
    }

    /// The account's reserved balance.
    public func reservedBalance(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance {
        try system.accountData(of: account, in: &state).reserved
    }
}

extension Balances: FreezableCurrency {
    /// Sets the freeze `id` to `amount` (zero removes it) and recomputes the account's `frozen` as the
    /// largest freeze, emitting `Frozen` or `Thawed` for the change.
    ///
    /// Fails with `DispatchError.noProviders` for an account that does not exist, `TooManyFreezes` past
    /// `maxFreezes`.
    public func setFreeze(_ id: FixedBytes<8>, amount: Balance, on account: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        var freezes = try Storage.freezes.value(account, in: &state)
        freezes.removeAll { $0.id == id }
        if amount > .zero { freezes.append(Freeze(id: id, amount: amount)) }
        guard freezes.count <= configuration.maxFreezes else { throw dispatchError(Error.tooManyFreezes) }
        let frozen = freezes.map(\.amount).max() ?? .zero
        let before = try mutateAccount(account, in: &state) {
            (data: inout AccountData, isNew: Bool) throws(DispatchError) in
            guard !isNew || frozen == .zero else { throw .noProviders }
            defer { data.frozen = frozen }
            return data.frozen
        }
        if freezes.isEmpty {
            Storage.freezes.remove(account, in: &state)
        } else {
            Storage.freezes.insert(freezes, for: account, in: &state)
        }
        if frozen > before {
            try self.deposit(.frozen(who: account, amount: frozen.saturatingSubtracting(before)), in: &state)
        }
        if frozen < before {
            try self.deposit(.thawed(who: account, amount: before.saturatingSubtracting(frozen)), in: &state)
        }
    }
}
