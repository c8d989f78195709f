public import RuntimeSupport
public import SCALE

extension Timestamp {
    /// Timestamp's storage items.
    public enum Storage {
        /// The prefix every item below hashes first.
        static let pallet = Timestamp.name

        /// The current block's time in Unix milliseconds.
        public static let now = StorageValue<UInt64>(pallet: pallet, name: "Now", default: 0)
        /// Whether the inherent ran in this block.
        public static let didUpdate = StorageValue<Bool>(pallet: pallet, name: "DidUpdate", default: false)
    }
}
