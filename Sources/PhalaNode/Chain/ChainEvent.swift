public import PhalaPrimitives
public import StateStore

/// Something that happened to the node's chain, as `ChainEvents` subscribers see it.
public enum ChainEvent: Sendable {
    /// A block was imported (authored here or received); `storageChanges` are its changed keys, sorted.
    case imported(ImportedBlock)
    /// This block, and every ancestor, became final.
    case finalized(header: Header, hash: H256)
}

/// A block just imported, with what RPC subscribers need to know about it.
public struct ImportedBlock: Sendable {
    /// The block's header.
    public var header: Header
    /// Its hash.
    public var hash: H256
    /// The extrinsics it carries, each with its length prefix, in block order.
    public var extrinsics: [[UInt8]]
    /// The storage keys it changed, sorted, with their new values (`nil` removed).
    public var storageChanges: [StorageChange]
    /// Whether it became the best block.
    public var isBest: Bool

    /// Creates the record.
    public init(header: Header, hash: H256, extrinsics: [[UInt8]], storageChanges: [StorageChange], isBest: Bool) {
        self.header = header
        self.hash = hash
        self.extrinsics = extrinsics
        self.storageChanges = storageChanges
        self.isBest = isBest
    }
}
