public import PhalaPrimitives
public import RuntimeSupport

// The W-PHA ledger (Phala keeps W-PHA as a `pallet_assets` asset; here it is a ledger in this pallet).
// Every W-PHA is backed by one PHA held by the "wpha/" account. Differences from pallet_assets: an
// account debited below the minimum balance keeps its remainder (pallet_assets would reap it).

extension PoolSettlement {
    /// An account's free W-PHA.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Returns: the balance, 0 for an account that never held W-PHA.
    /// - Throws: a state read failure.
    public func wrappedBalance(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance {
        try StakePools.Storage.wrappedBalances.get(account, in: &state) ?? .zero
    }

    /// Moves W-PHA between accounts.
    /// - Throws: `InsufficientBalance` when `from` holds less than `amount`.
    func transferWrapped(_ amount: Balance, from: AccountId32, to: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        guard amount > .zero, from != to else { return }
        guard let left = try wrappedBalance(of: from, in: &state).checkedSubtracting(amount) else {
            throw error(.insufficientBalance)
        }
        setWrapped(left, of: from, in: &state)
        setWrapped(try wrappedBalance(of: to, in: &state).saturatingAdding(amount), of: to, in: &state)
    }

    /// Creates W-PHA for PHA already in the backing account (Phala's `mint_into`).
    /// - Returns: false when refused because an empty account would start below the minimum balance;
    ///   the amount is then added to `UnmintableDust`. A zero amount mints nothing and returns true.
    func mintWrapped(_ amount: Balance, into account: AccountId32, in state: inout Overlay) throws(DispatchError)
        -> Bool
    {
        guard amount > .zero else { return true }
        let current = try wrappedBalance(of: account, in: &state)
        if current == .zero, try amount < StakePools.Storage.wrappedMinBalance.value(in: &state) {
            try StakePools.Storage.unmintableDust.mutate(in: &state) { $0 = $0.saturatingAdding(amount) }
            return false
        }
        setWrapped(current.saturatingAdding(amount), of: account, in: &state)
        try StakePools.Storage.wrappedIssuance.mutate(in: &state) { $0 = $0.saturatingAdding(amount) }
        return true
    }

    /// Destroys W-PHA whose PHA is leaving the backing account.
    /// - Throws: `UnwrapAmountExceedsAvaliableStake` when the account holds less than `amount`.
    func burnWrapped(_ amount: Balance, from account: AccountId32, in state: inout Overlay) throws(DispatchError) {
        guard let left = try wrappedBalance(of: account, in: &state).checkedSubtracting(amount) else {
            throw error(.unwrapAmountExceedsAvaliableStake)
        }
        setWrapped(left, of: account, in: &state)
        try StakePools.Storage.wrappedIssuance.mutate(in: &state) { $0 = $0.saturatingSubtracting(amount) }
    }

    /// Moves PHA between accounts through `Currency` (withdraw, then deposit; issuance is unchanged).
    func transferPHA(_ amount: Balance, from: AccountId32, to: AccountId32, keepAlive: Bool, in state: inout Overlay)
        throws(DispatchError)
    {
        guard amount > .zero else { return }
        try currency.withdraw(amount, from: from, keepAlive: keepAlive, in: &state)
        try currency.deposit(amount, into: to, in: &state)
    }

    /// Stores a W-PHA balance, removing the entry at 0.
    private func setWrapped(_ balance: Balance, of account: AccountId32, in state: inout Overlay) {
        if balance == .zero {
            StakePools.Storage.wrappedBalances.remove(account, in: &state)
        } else {
            StakePools.Storage.wrappedBalances.insert(balance, for: account, in: &state)
        }
    }
}
