public import MerkleTrie

extension Overlay {
    /// The block's writes in ascending key order, each key once: a value, or nil for a removal.
    ///
    /// Keys removed that the base never held are still listed (as nil); applying them is harmless.
    /// - Returns: `(key, value)` pairs for `Trie.applying(_:)`.
    public func sortedChanges() -> [([UInt8], [UInt8]?)] {
        precondition(transactionStarts.isEmpty, "sortedChanges() while a transaction is open")
        return changes.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { key in
            switch changes[key]! {  // The key came from `changes.keys`.
            case .value(let value): (key, value)
            case .removed: (key, nil)
            case .appended(let vector): (key, vector.encoded)
            }
        }
    }

    /// The base trie with the block's writes applied: the new state root and the nodes to store.
    /// - Returns: the change set the importer commits with the block.
    /// - Throws: `TrieError` when a node on a changed path cannot be read from the base trie.
    public func committed() throws(TrieError) -> TrieChangeSet {
        try base.applying(sortedChanges())
    }
}
