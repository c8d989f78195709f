/// A pallet's storage for clients: the prefix hashed into every key, and the items.
public struct PalletStorageMetadata: Sendable {
    /// The prefix hashed (twox128) at the start of every key; normally the pallet's name.
    public var prefix: String
    /// The storage items.
    public var entries: [StorageEntryMetadata]

    /// Describes a pallet's storage.
    /// - Parameters:
    ///   - prefix: the storage prefix, normally the pallet's name.
    ///   - entries: the items.
    public init(prefix: String, entries: [StorageEntryMetadata]) {
        self.prefix = prefix
        self.entries = entries
    }
}
