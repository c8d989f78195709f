public import PhalaPrimitives

/// What pallets may do with System's accounts and block data without importing System (FRAME's
/// `frame_system::Pallet` as seen through `Config::AccountStore` and the reference-count functions).
///
/// An account exists while it has a provider (Balances provides one while the balance is at least the
/// existential deposit) or a sufficient reference. Consumers (holds, freezes) need a provider to exist.
/// Creating an account emits `System.NewAccount`; removing its last provider emits
/// `System.KilledAccount` and deletes the account record.
public protocol SystemAccess: EventDepositing {
    /// The number of the block being built.
    /// - Parameter state: the block's state.
    /// - Returns: the block number.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func blockNumber(in state: inout Overlay) throws(DispatchError) -> BlockNumber

    /// The hash of the block being built's parent, the only unpredictable-before-authoring value a
    /// pallet can read (pallets that need a seed hash it with a domain tag).
    /// - Parameter state: the block's state.
    /// - Returns: the parent hash.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func parentHash(in state: inout Overlay) throws(DispatchError) -> H256
    /// The digest of the block being built, as the header carries it so far.
    /// - Parameter state: the block's state.
    /// - Returns: the digest items.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func digest(in state: inout Overlay) throws(DispatchError) -> [DigestItem]

    /// Adds an item to the block's digest (a consensus log such as GRANDPA's scheduled change).
    /// - Parameters:
    ///   - item: the digest item.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func depositLog(_ item: DigestItem, in state: inout Overlay) throws(DispatchError)

    /// The balance part of `account`'s record; an empty `AccountData` when the account does not exist.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Returns: the account's data.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func accountData(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> AccountData

    /// Stores the balance part of `account`'s record. The record is kept only while the account has a
    /// provider or a sufficient reference; otherwise it is removed and `data` is dropped.
    /// - Parameters:
    ///   - data: the new data.
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func setAccountData(_ data: AccountData, of account: AccountId32, in state: inout Overlay) throws(DispatchError)

    /// Adds a provider reference, creating the account (and emitting `NewAccount`) when it had none.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func incrementProviders(of account: AccountId32, in state: inout Overlay) throws(DispatchError)

    /// Removes a provider reference, killing the account (emitting `KilledAccount`) when it was the
    /// last provider and no sufficient reference remains.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.consumerRemaining` when the last provider would go while consumers
    ///   remain, or a state read failure.
    func decrementProviders(of account: AccountId32, in state: inout Overlay) throws(DispatchError)

    /// Whether the account may lose a provider reference without being killed while it still has
    /// consumers: it has no consumers, or another provider.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Returns: true when `decrementProviders` would not fail with `consumerRemaining`.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    func canDecrementProviders(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> Bool

    /// Adds a consumer reference.
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.noProviders` when the account has no provider, `.tooManyConsumers`
    ///   past the limit, or a state read failure.
    func incrementConsumers(of account: AccountId32, in state: inout Overlay) throws(DispatchError)

    /// Removes a consumer reference (never below zero).
    /// - Parameters:
    ///   - account: the account.
    ///   - state: the block's state.
    /// - Throws: a state read failure.
    func decrementConsumers(of account: AccountId32, in state: inout Overlay) throws(DispatchError)
}
