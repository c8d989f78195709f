public import PhalaPrimitives
public import RuntimeSupport

extension StakePools {
    /// The pallet's genesis: the W-PHA minimum balance (Phala sets it when creating the W-PHA asset).
    ///
    /// The subsidy pool (`"phala/pp"`) is funded by Balances' genesis, not here.
    public struct Genesis: Sendable, Hashable {
        /// The W-PHA minimum balance in Phala's pallet tests (mock.rs): 10⁸ planck.
        public static let defaultWrappedMinBalance = Balance(planck: 100_000_000)

        /// The W-PHA minimum balance: a mint that would start an account below it is refused.
        public var wrappedMinBalance: Balance

        /// Creates the genesis configuration.
        /// - Parameter wrappedMinBalance: the W-PHA minimum balance; Phala's test value by default.
        public init(wrappedMinBalance: Balance = defaultWrappedMinBalance) {
            self.wrappedMinBalance = wrappedMinBalance
        }

        /// Writes `WrappedMinBalance`.
        /// - Parameter state: the genesis state.
        public func build(in state: inout Overlay) {
            Storage.wrappedMinBalance.set(wrappedMinBalance, in: &state)
        }
    }
}
