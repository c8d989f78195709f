public import PhalaPrimitives

extension Balances {
    /// Balances' constants (FRAME's `pallet_balances::Config`).
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `existentialDeposit` | `Balance` | 0.01 PHA (10¹⁰ planck, Phala's `ExistentialDeposit`) |
    /// | `maxFreezes` | `Int` | 8 freezes per account |
    public struct Configuration: Sendable {
        /// The least free balance an account may hold and exist.
        public var existentialDeposit: Balance
        /// The most freezes an account may carry.
        public var maxFreezes: Int

        /// Creates the configuration with Phala's defaults.
        public init(existentialDeposit: Balance = Balance(planck: 10_000_000_000), maxFreezes: Int = 8) {
            self.existentialDeposit = existentialDeposit
            self.maxFreezes = maxFreezes
        }
    }
}
