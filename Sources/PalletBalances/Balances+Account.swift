public import PhalaPrimitives
public import RuntimeSupport

extension Balances {
    /// Changes an account's balance data and keeps System's view of it right (pallet-balances'
    /// `try_mutate_account_handling_dust`).
    ///
    /// After `body` runs: the account gains Balances' provider when `free` reaches the existential
    /// deposit and loses it when `free` falls below; it gains or loses a consumer as it starts or stops
    /// having reserved or frozen funds; a new account emits `Endowed`; an account left below the
    /// deposit with nothing reserved is removed and any remaining `free` is burned as `DustLost`.
    /// If `body` throws, nothing is written.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    ///   - body: the change; its second argument says whether the account is new.
    /// - Returns: what `body` returns.
    /// - Throws: `body`'s error, System's reference-count errors, or a state read failure.
    public func mutateAccount<Result>(
        _ account: AccountId32,
        in state: inout Overlay,
        _ body: (inout AccountData, _ isNew: Bool) throws(DispatchError) -> Result
    ) throws(DispatchError) -> Result {
        let deposit = configuration.existentialDeposit
        var data = try system.accountData(of: account, in: &state)
        let isNew = data == AccountData()
        let didProvide = data.free >= deposit
        let didConsume = !isNew && (data.reserved > .zero || data.frozen > .zero)
        let result = try body(&data, isNew)
        let doesProvide = data.free >= deposit
        let doesConsume = data.reserved > .zero || data.frozen > .zero
        if !didProvide && doesProvide { try system.incrementProviders(of: account, in: &state) }
        if didConsume && !doesConsume { try system.decrementConsumers(of: account, in: &state) }
        if !didConsume && doesConsume { try system.incrementConsumers(of: account, in: &state) }
        if didProvide && !doesProvide { try system.decrementProviders(of: account, in: &state) }

        let isDust = data.free < deposit && data.reserved == .zero
        try system.setAccountData(isDust ? AccountData() : data, of: account, in: &state)
        if isNew && !isDust { try self.deposit(.endowed(account: account, freeBalance: data.free), in: &state) }
        if isDust && data.free > .zero {
            try reduceIssuance(by: data.free, in: &state)
            try self.deposit(.dustLost(account: account, amount: data.free), in: &state)
        }
        return result
    }

    /// Lowers the total issuance, for burned funds.
    func reduceIssuance(by amount: Balance, in state: inout Overlay) throws(DispatchError) {
        try Storage.totalIssuance.mutate(in: &state) { (issuance: inout Balance) throws(DispatchError) in
            issuance = issuance.saturatingSubtracting(amount)
        }
    }

    /// Raises the total issuance, for minted funds.
    func increaseIssuance(by amount: Balance, in state: inout Overlay) throws(DispatchError) {
        try Storage.totalIssuance.mutate(in: &state) { (issuance: inout Balance) throws(DispatchError) in
            guard let raised = issuance.checkedAdding(amount) else { throw .arithmetic(.overflow) }
            issuance = raised
        }
    }

    /// Whether System would let the account lose a provider: it has no consumers, or another provider
    /// (FRAME's `can_dec_provider`).
    func canLoseProvider(_ account: AccountId32, in state: inout Overlay) throws(DispatchError) -> Bool {
        try system.canDecrementProviders(of: account, in: &state)
    }

    /// The account's address resolved to an account id; only `MultiAddress.id` resolves here.
    func lookup(_ address: MultiAddress) throws(DispatchError) -> AccountId32 {
        guard case .id(let account) = address else { throw .cannotLookup }
        return account
    }
}
