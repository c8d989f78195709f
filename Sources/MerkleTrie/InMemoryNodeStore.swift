/// A node store in a dictionary, for tests, proofs held in memory and short-lived tries.
///
/// A value type: a `Trie` opened over it holds its own copy. Insert a change set once no `Trie` over
/// the store is alive (open a temporary `Trie(root:store:)` per change), or every insert copies the
/// whole dictionary.
public struct InMemoryNodeStore: TrieNodeStore, Sendable {
    private var nodes: [[UInt8]: [UInt8]] = [:]

    /// Creates an empty store.
    public init() {}

    /// How many nodes and hashed values the store holds.
    public var count: Int { nodes.count }

    /// The bytes stored under `hash`, or nil.
    /// - Parameter hash: a 32-byte node or value hash.
    /// - Returns: the stored bytes, or nil.
    public func node(forHash hash: [UInt8]) -> [UInt8]? {
        nodes[hash]
    }

    /// Adds nodes; an entry already present is kept (equal hashes mean equal bytes).
    /// - Parameter nodes: the nodes to add.
    public mutating func insert(_ nodes: [StoredNode]) {
        for node in nodes where self.nodes[node.hash] == nil {
            self.nodes[node.hash] = node.bytes
        }
    }

    /// Adds every node of `changeSet`, so a `Trie` at `changeSet.root` over this store is complete.
    /// - Parameter changeSet: the result of `Trie.applying(_:)`.
    public mutating func insert(_ changeSet: TrieChangeSet) {
        insert(changeSet.nodes)
    }
}
