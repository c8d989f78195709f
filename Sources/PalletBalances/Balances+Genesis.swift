public import PhalaPrimitives
public import RuntimeSupport

extension Balances {
    /// The accounts Balances endows at genesis.
    public struct Genesis: Sendable, Hashable {
        /// Each endowed account and its free balance.
        public var balances: [(AccountId32, Balance)]

        /// Creates the genesis configuration.
        /// - Parameter balances: the endowed accounts; each at least the existential deposit, none twice.
        public init(balances: [(AccountId32, Balance)]) {
            self.balances = balances
        }

        /// Equal when the same accounts are endowed with the same amounts in the same order.
        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.balances.elementsEqual(rhs.balances) { $0.0 == $1.0 && $0.1 == $1.1 }
        }

        /// Hashes the endowments.
        public func hash(into hasher: inout Hasher) {
            for (account, balance) in balances {
                hasher.combine(account)
                hasher.combine(balance)
            }
        }
    }

    /// Why a Balances genesis configuration cannot be built.
    public enum GenesisError: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// An endowment is below the existential deposit.
        case belowExistentialDeposit(AccountId32, Balance)
        /// An account is endowed twice.
        case duplicateAccount(AccountId32)
        /// The endowments add up to more than a u128.
        case issuanceOverflow

        /// What is wrong and how to fix the chain spec.
        public var description: String {
            switch self {
            case .belowExistentialDeposit(let account, let balance):
                "genesis endows \(account) with \(balance.planck) planck, below the existential deposit; raise it"
            case .duplicateAccount(let account): "genesis endows \(account) twice; list each account once"
            case .issuanceOverflow: "genesis endowments add up to more than 2^128 planck; lower them"
            }
        }
    }

    /// Writes the genesis endowments: each account gets a provider and its free balance, and
    /// `TotalIssuance` is their sum (pallet-balances' `GenesisConfig::build`).
    /// - Parameters:
    ///   - genesis: the endowments.
    ///   - state: the genesis state.
    /// - Throws: `GenesisError` for an endowment below the existential deposit, a repeated account, or
    ///   an overflowing sum; `DispatchError` when the state cannot be read.
    public func build(_ genesis: Genesis, in state: inout Overlay) throws {
        var total = Balance.zero
        var seen: Set<AccountId32> = []
        for (account, free) in genesis.balances {
            guard free >= configuration.existentialDeposit else {
                throw GenesisError.belowExistentialDeposit(account, free)
            }
            guard seen.insert(account).inserted else { throw GenesisError.duplicateAccount(account) }
            guard let sum = total.checkedAdding(free) else { throw GenesisError.issuanceOverflow }
            total = sum
            try system.incrementProviders(of: account, in: &state)
            try system.setAccountData(AccountData(free: free), of: account, in: &state)
        }
        Storage.totalIssuance.set(total, in: &state)
    }
}
