/// Why a balance operation broke a token rule, inside `DispatchError.token` (sp-runtime's `TokenError`).
///
/// Raw values are sp-runtime's variant indices.
public enum TokenError: UInt8, Sendable, Hashable, CaseIterable {
    /// The account does not have the funds the operation needs.
    case fundsUnavailable = 0
    /// Funds are there, but taking them would remove the account's only provider.
    case onlyProvider = 1
    /// The result would be below the existential deposit.
    case belowMinimum = 2
    /// The account cannot be created.
    case cannotCreate = 3
    /// The asset is unknown.
    case unknownAsset = 4
    /// The funds are frozen.
    case frozen = 5
    /// The operation is not supported for this asset.
    case unsupported = 6
    /// A hold cannot be created because the account would need a consumer it cannot take.
    case cannotCreateHold = 7
    /// Withdrawing would kill an account that must stay alive.
    case notExpendable = 8
    /// The account is blocked.
    case blocked = 9
}
