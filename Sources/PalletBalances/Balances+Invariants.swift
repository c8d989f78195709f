public import PhalaPrimitives
public import RuntimeSupport

extension Balances {
    /// A broken rule of Balances' state, found by `checkInvariants(accounts:in:)`.
    public struct InvariantViolation: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, naming the account.
        public let description: String
    }

    /// Checks the rules Balances' state must always follow (pallet-balances' `try_state`, Cosmos'
    /// bank invariants), for tests to run after every dispatch: the total issuance equals the sum of
    /// every account's free and reserved balance; no stored account is below the existential deposit
    /// with nothing reserved; every account's `frozen` is its largest freeze.
    /// - Parameters:
    ///   - accounts: every account's data, as System stores it.
    ///   - state: the state to check.
    /// - Throws: `InvariantViolation` for the first broken rule; `DispatchError` when the state cannot
    ///   be read.
    public func checkInvariants(accounts: [(AccountId32, AccountData)], in state: inout Overlay) throws {
        var sum = Balance.zero
        for (account, data) in accounts {
            sum = sum.saturatingAdding(data.total)
            if data.free < configuration.existentialDeposit && data.reserved == .zero && data != AccountData() {
                throw InvariantViolation(
                    description: "account \(account) holds \(data.free.planck) planck, below the existential deposit"
                )
            }
            let largestFreeze = try Storage.freezes.value(account, in: &state).map(\.amount).max() ?? .zero
            if data.frozen != largestFreeze {
                throw InvariantViolation(
                    description:
                        "account \(account) has frozen \(data.frozen.planck) but its largest freeze is \(largestFreeze.planck)"
                )
            }
        }
        let issuance = try Storage.totalIssuance.value(in: &state)
        if issuance != sum {
            throw InvariantViolation(
                description: "total issuance \(issuance.planck) differs from the sum of balances \(sum.planck)"
            )
        }
    }
}
