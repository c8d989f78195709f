public import PhalaPrimitives
public import RuntimeSupport

extension TransactionPayment {
    /// TransactionPayment's constants (FRAME's `pallet_transaction_payment::Config` and the runtime's
    /// `WeightToFee`/`LengthToFee`).
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `baseExtrinsicWeight` | `Weight` | none: the runtime's per-extrinsic base weight |
    /// | `lengthFeePerByte` | `Balance` | 10⁶ planck (1 µPHA) per encoded byte |
    /// | `refTimePerPlanck` | `UInt64` | 100: one planck of weight fee per 100 ps of `ref_time` |
    /// | `operationalFeeMultiplier` | `UInt8` | 5 (FRAME's default) |
    public struct Configuration: Sendable {
        /// The weight every extrinsic carries on top of its call; its fee is the base fee.
        public var baseExtrinsicWeight: Weight
        /// The length fee per byte of the encoded extrinsic.
        public var lengthFeePerByte: Balance
        /// How much `ref_time` costs one planck.
        public var refTimePerPlanck: UInt64
        /// The factor that turns an operational transaction's fee into a virtual tip for its priority.
        public var operationalFeeMultiplier: UInt8

        /// Creates the configuration.
        public init(
            baseExtrinsicWeight: Weight,
            lengthFeePerByte: Balance = Balance(planck: 1_000_000),
            refTimePerPlanck: UInt64 = 100,
            operationalFeeMultiplier: UInt8 = 5
        ) {
            self.baseExtrinsicWeight = baseExtrinsicWeight
            self.lengthFeePerByte = lengthFeePerByte
            self.refTimePerPlanck = refTimePerPlanck
            self.operationalFeeMultiplier = operationalFeeMultiplier
        }
    }
}
