public import PhalaPrimitives

/// Who is making a call: the chain itself, a signed account, or nobody (frame-system's `RawOrigin`).
///
/// The executive makes a signed extrinsic's origin `.signed(sender)` and an inherent's `.none`; Sudo
/// dispatches with `.root`. Calls check the origin first and fail with `DispatchError.badOrigin`.
public enum Origin: Sendable, Hashable {
    /// The chain's highest authority (reached through Sudo or governance).
    case root
    /// An account that signed the extrinsic.
    case signed(AccountId32)
    /// No one: inherents and unsigned transactions.
    case none

    /// The signer, for calls only an account may make.
    /// - Returns: the signing account.
    /// - Throws: `DispatchError.badOrigin` for root or none.
    public func ensureSigned() throws(DispatchError) -> AccountId32 {
        guard case .signed(let account) = self else { throw .badOrigin }
        return account
    }

    /// Checks the origin is root, for calls only the chain's authority may make.
    /// - Throws: `DispatchError.badOrigin` otherwise.
    public func ensureRoot() throws(DispatchError) {
        guard case .root = self else { throw .badOrigin }
    }

    /// Checks the origin is none, for inherents.
    /// - Throws: `DispatchError.badOrigin` otherwise.
    public func ensureNone() throws(DispatchError) {
        guard case .none = self else { throw .badOrigin }
    }
}
