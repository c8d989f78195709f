public import RuntimeSupport

/// The Balances pallet: PHA balances — free, reserved and frozen funds, the existential deposit,
/// transfers and the total issuance (FRAME's `pallet_balances`, single currency).
///
/// ## Overview
/// An account's balance lives in `System.Account`'s data (free, reserved, frozen), read and written
/// through `SystemAccess`. Balances provides the account's existence: while `free` is at least the
/// existential deposit the account has Balances' provider reference; when a transfer leaves less, the
/// rest is dust, burned with `DustLost`, and the account is removed. Other pallets move money through
/// the `Currency`, `ReservableCurrency` and `FreezableCurrency` capabilities.
///
/// ## Terminology
/// - *Existential deposit (ED)*: the least `free` an account may hold and exist.
/// - *Reserved*: funds set aside by a pallet (deposits); they still count towards the ED.
/// - *Frozen*: the part of `free` that cannot be moved out; the largest of the account's freezes.
/// - *Total issuance*: the sum of every account's free and reserved balance.
///
/// ## Assumptions
/// - Transfers follow pallet-balances' `Currency::transfer` rules, so a failed transfer reports a
///   Balances error (`InsufficientBalance`, `ExistentialDeposit`, `Expendability`,
///   `LiquidityRestrictions`) that clients show by name.
/// - Dust and withdrawn fees are burned (the total issuance falls); there is no treasury.
///
/// ## Storage (prefix `"Balances"`)
/// - `TotalIssuance`: `u128`, default 0.
/// - `InactiveIssuance`: `u128`, default 0 (always 0 here).
/// - `Freezes`: `blake2_128Concat(AccountId32)` → `Vec<{id: [u8; 8], amount: u128}>`, default empty.
public struct Balances: Pallet {
    /// The pallet's name and storage prefix.
    public static let name = "Balances"

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where account data lives and events go.
    public let system: any SystemAccess
    /// The pallet's constants.
    public let configuration: Configuration

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - system: the account store and event sink (System).
    ///   - configuration: its constants.
    public init(index: UInt8, system: any SystemAccess, configuration: Configuration = Configuration()) {
        self.index = index
        self.system = system
        self.configuration = configuration
    }

    /// Records one of Balances' events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try system.deposit(encodedEvent(event), in: &state)
    }
}
