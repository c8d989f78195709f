public import RuntimeSupport
public import SCALE

extension TransactionPayment {
    /// TransactionPayment's storage items.
    public enum Storage {
        /// The prefix every item below hashes first.
        static let pallet = TransactionPayment.name

        /// The weight-fee multiplier as a 10¹⁸-scaled fixed-point number (FixedU128).
        public static let nextFeeMultiplier = StorageValue<UInt128>(
            pallet: pallet,
            name: "NextFeeMultiplier",
            default: TransactionPayment.multiplierOne
        )
    }

    /// The multiplier 1 in FixedU128's 10¹⁸ scale.
    public static let multiplierOne: UInt128 = 1_000_000_000_000_000_000
}
