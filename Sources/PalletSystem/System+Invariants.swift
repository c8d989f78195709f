public import RuntimeSupport

extension System {
    /// A broken rule of System's state, found by `checkInvariants(in:)`.
    public struct InvariantViolation: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, naming the account or item.
        public let description: String
    }

    /// Checks the rules System's state must always follow (FRAME's `try_state`), for tests to run after
    /// every dispatch: every stored account has a provider or a sufficient, and consumers only exist
    /// next to a provider.
    /// - Parameter state: the state to check.
    /// - Throws: `InvariantViolation` for the first broken rule; `DispatchError` when the state cannot
    ///   be read.
    public func checkInvariants(in state: inout Overlay) throws -> Void {
        for (account, info) in try Storage.account.entries(in: &state) {
            if info.providers == 0 && info.sufficients == 0 {
                throw InvariantViolation(description: "account \(account) is stored with no provider and no sufficient")
            }
            if info.consumers > 0 && info.providers == 0 {
                throw InvariantViolation(
                    description: "account \(account) has \(info.consumers) consumer(s) and no provider"
                )
            }
        }
    }
}
