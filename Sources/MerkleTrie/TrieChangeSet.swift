/// The outcome of changing a trie: its new root and the nodes a store needs to serve that root.
///
/// Only new nodes are listed, each once; nodes the change left unreachable stay in the store (pruning
/// them is the store's business). Hashed values (longer than 32 bytes) appear as their own entries.
public struct TrieChangeSet: Sendable, Equatable {
    /// The 32-byte root hash after the change.
    public let root: [UInt8]
    /// New nodes and hashed values, children before their parents, the root node last.
    public let nodes: [StoredNode]

    /// Creates a change set.
    /// - Parameters:
    ///   - root: the new 32-byte root hash.
    ///   - nodes: the entries to insert into the store.
    public init(root: [UInt8], nodes: [StoredNode]) {
        self.root = root
        self.nodes = nodes
    }
}
