/// Where a trie's nodes live, keyed by their BLAKE2b-256 hash: an in-memory dictionary in tests and
/// light clients, a database table in the node.
///
/// The store holds encoded trie nodes and, since state version 1, the values longer than 32 bytes that
/// nodes reference by hash. It is content-addressed and append-only as far as the trie is concerned:
/// the trie never writes to it; it hands back a `TrieChangeSet` for the owner to insert, so a database
/// can write a block's nodes in one transaction. Reference counting and pruning belong to the store.
public protocol TrieNodeStore: Sendable {
    /// The bytes stored under `hash`, or nil when there are none.
    /// - Parameter hash: a 32-byte node or value hash.
    /// - Returns: the encoded node (or raw value) whose BLAKE2b-256 hash is `hash`, or nil.
    /// - Throws: `TrieError.storeFailure` when the backend itself fails.
    func node(forHash hash: [UInt8]) throws(TrieError) -> [UInt8]?

    /// Adds nodes to the store; adding a node already present is harmless.
    /// - Parameter nodes: nodes (and hashed values) with their hashes, as a `TrieChangeSet` lists them.
    /// - Throws: `TrieError.storeFailure` when the backend itself fails.
    mutating func insert(_ nodes: [StoredNode]) throws(TrieError)
}

/// One entry of a node store: an encoded trie node, or a hashed value, under its BLAKE2b-256 hash.
public struct StoredNode: Sendable, Hashable {
    /// The 32-byte BLAKE2b-256 hash of `bytes`.
    public let hash: [UInt8]
    /// The encoded node, or the raw value for a hashed-value entry.
    public let bytes: [UInt8]

    /// Pairs `bytes` with a hash the caller has computed.
    /// - Parameters:
    ///   - hash: BLAKE2b-256 of `bytes`; not checked here.
    ///   - bytes: the encoded node or raw value.
    public init(hash: [UInt8], bytes: [UInt8]) {
        self.hash = hash
        self.bytes = bytes
    }
}
