public import PhalaPrimitives
public import RuntimeSupport

extension Computation {
    /// Computation's constants (Phala's `Config` types).
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `minimumInitialScore` | `UInt32` | 50 (`MinInitP`) |
    /// | `checkWorkerRegisterTime` | `Bool` | true (`CheckWorkerRegisterTime`, Phala) |
    /// | `treasuryAccount` | `AccountId32` | `"modl" ‖ "py/trsry"` (the Treasury pallet's account) |
    public struct Configuration: Sendable, Hashable {
        /// The least initial score a worker may start computing with.
        public var minimumInitialScore: UInt32
        /// Whether `bind` requires the worker to have first registered after the gatekeepers launched.
        public var checkWorkerRegisterTime: Bool
        /// Where the treasury's cut of each settlement goes.
        public var treasuryAccount: AccountId32

        /// Creates the constants; Phala's by default.
        public init(
            minimumInitialScore: UInt32 = 50,
            checkWorkerRegisterTime: Bool = true,
            treasuryAccount: AccountId32 = Configuration.phalaTreasuryAccount
        ) {
            self.minimumInitialScore = minimumInitialScore
            self.checkWorkerRegisterTime = checkWorkerRegisterTime
            self.treasuryAccount = treasuryAccount
        }

        /// The Treasury pallet's account on Phala and Khala: `"modl" ‖ "py/trsry"` padded with zeros
        /// (`PalletId(*b"py/trsry")`), which receives `OnTreasurySettled`.
        public static let phalaTreasuryAccount = AccountId32(
            FixedBytes(known: Array("modlpy/trsry".utf8) + [UInt8](repeating: 0, count: 20))
        )
    }
}
