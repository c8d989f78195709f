public import PhalaPrimitives

/// The capability to read and move an account's free balance, for pallets that charge or pay
/// (FRAME's `fungible::Balanced`, narrowed to what fee payment needs).
///
/// Balances implements it. Withdrawn amounts leave the total issuance (they are burned unless the
/// caller deposits them somewhere), deposited amounts join it.
public protocol Currency: Sendable {
    /// The account's free balance; zero for an account that does not exist.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Returns: the free balance.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func freeBalance(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance

    /// Takes `amount` out of the account's free balance and out of the total issuance, emitting
    /// `Balances.Withdraw`.
    /// - Parameters:
    ///   - amount: how much to take.
    ///   - account: the account to take it from.
    ///   - keepAlive: whether the account must stay at or above the existential deposit.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.token(.fundsUnavailable)` when the transferable balance is too low,
    ///   `.token(.notExpendable)` when `keepAlive` and the account would fall below the existential
    ///   deposit, or a state read failure.
    func withdraw(_ amount: Balance, from account: AccountId32, keepAlive: Bool, in state: inout Overlay)
        throws(DispatchError)

    /// Adds `amount` to the account's free balance and to the total issuance, emitting
    /// `Balances.Deposit`.
    /// - Parameters:
    ///   - amount: how much to add.
    ///   - account: the account to credit.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.token(.belowMinimum)` when a new account would start below the
    ///   existential deposit, `.arithmetic(.overflow)`, or a state read failure.
    func deposit(_ amount: Balance, into account: AccountId32, in state: inout Overlay) throws(DispatchError)
}

/// The capability to set part of an account's balance aside, for pallets that take deposits
/// (FRAME's `ReservableCurrency`).
public protocol ReservableCurrency: Currency {
    /// Moves `amount` from free to reserved, emitting `Balances.Reserved`.
    /// - Parameters:
    ///   - amount: how much to reserve.
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Throws: the pallet's insufficient-balance error when the transferable balance is too low,
    ///   or a state read failure.
    func reserve(_ amount: Balance, from account: AccountId32, in state: inout Overlay) throws(DispatchError)

    /// Moves up to `amount` from reserved back to free, emitting `Balances.Unreserved`.
    /// - Parameters:
    ///   - amount: how much to unreserve.
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Returns: the part of `amount` that was not reserved and so could not be unreserved.
    /// - Throws: a state read failure.
    func unreserve(_ amount: Balance, from account: AccountId32, in state: inout Overlay) throws(DispatchError)
        -> Balance

    /// The account's reserved balance.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Returns: the reserved balance.
    /// - Throws: a state read failure.
    func reservedBalance(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance
}

/// The capability to freeze part of an account's free balance under an identifier, for pallets that
/// lock stake (FRAME's `fungible::MutateFreeze`).
///
/// An account's `frozen` is the largest of its freezes; frozen funds stay in `free` and still count for
/// the existential deposit but cannot be transferred or withdrawn.
public protocol FreezableCurrency: Currency {
    /// Sets the freeze `id` on the account to `amount` (replacing any earlier amount for `id`).
    /// - Parameters:
    ///   - id: the freezing pallet's 8-byte identifier.
    ///   - amount: the amount to freeze; zero removes the freeze.
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.noProviders` for an account that does not exist, the pallet's
    ///   too-many-freezes error, or a state read failure.
    func setFreeze(_ id: FixedBytes<8>, amount: Balance, on account: AccountId32, in state: inout Overlay)
        throws(DispatchError)
}
