public import RuntimeSupport

extension Balances {
    /// The weights of Balances' calls, close to pallet-balances' benchmarked weights on reference
    /// hardware and pinned by tests; re-measure with Benchmarks/ before changing them.
    public enum Weights {
        /// `transfer_allow_death`: 50 µs, one account proof.
        public static let transferAllowDeath = Weight(refTime: 50_000_000, proofSize: 3_593)
        /// `force_transfer`: 52 µs, two account proofs.
        public static let forceTransfer = Weight(refTime: 52_000_000, proofSize: 6_196)
        /// `transfer_keep_alive`: 40 µs.
        public static let transferKeepAlive = Weight(refTime: 40_000_000, proofSize: 3_593)
        /// `transfer_all`: 48 µs.
        public static let transferAll = Weight(refTime: 48_000_000, proofSize: 3_593)
        /// `force_unreserve`: 18 µs.
        public static let forceUnreserve = Weight(refTime: 18_000_000, proofSize: 3_593)
        /// `force_set_balance`: 18 µs.
        public static let forceSetBalance = Weight(refTime: 18_000_000, proofSize: 3_593)
    }
}
