import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension Balances {
    /// Balances' storage items: the state layout on one screen. Balances themselves live in
    /// `System.Account`.
    public enum Storage {
        /// The prefix every item below hashes first.
        static let pallet = Balances.name

        /// The sum of every account's free and reserved balance.
        public static let totalIssuance = StorageValue<Balance>(pallet: pallet, name: "TotalIssuance", default: .zero)
        /// Issuance that does not take part in governance; always zero here.
        public static let inactiveIssuance = StorageValue<Balance>(
            pallet: pallet,
            name: "InactiveIssuance",
            default: .zero
        )
        /// Each account's freezes.
        public static let freezes = StorageMap<AccountId32, [Freeze]>(
            pallet: pallet,
            name: "Freezes",
            hasher: .blake2_128Concat,
            default: []
        )
    }
}
