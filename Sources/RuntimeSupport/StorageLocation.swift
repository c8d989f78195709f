import PhalaCrypto

/// Where a storage item lives: its pallet's storage prefix, its name, and the key prefix they hash to.
///
/// The key prefix is `twox128(pallet) ‖ twox128(item)`, as every Substrate storage key starts. Both
/// names are data (Substrate's spelling, e.g. `"System"`, `"Account"`) so metadata can list them and
/// clients can rebuild the keys.
public struct StorageLocation: Sendable, Hashable {
    /// The pallet's storage prefix, normally the pallet's name.
    public let pallet: String
    /// The item's name as metadata lists it.
    public let item: String
    /// `twox128(pallet) ‖ twox128(item)`: the whole key of a plain value, the prefix of a map's keys.
    public let prefix: [UInt8]

    /// Computes the location of `item` in `pallet`.
    /// - Parameters:
    ///   - pallet: the pallet's storage prefix.
    ///   - item: the item's name.
    public init(pallet: String, item: String) {
        self.pallet = pallet
        self.item = item
        prefix = Hashing.twox128(Array(pallet.utf8)) + Hashing.twox128(Array(item.utf8))
    }
}
