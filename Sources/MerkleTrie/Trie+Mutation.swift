extension Trie {
    /// The root and new nodes of this trie after a batch of insertions and removals.
    ///
    /// The trie itself is unchanged: insert the result's nodes into the store and open a `Trie` at its
    /// root. Changes apply in order, so for a key listed twice the later change wins. Each stored node
    /// on a changed path is read once however many changes pass through it, which makes a block's
    /// worth of changes one pass rather than one per key.
    /// - Parameter changes: `(key, value)` pairs; a nil value removes the key.
    /// - Returns: the new root and the nodes to store.
    /// - Throws: `TrieError.missingNode` or `.malformedNode` when a node on a changed path cannot be read.
    public func applying(_ changes: some Sequence<([UInt8], [UInt8]?)>) throws(TrieError) -> TrieChangeSet {
        var editor = TrieEditor(root: root, store: store)
        for (key, value) in changes {
            if let value {
                try editor.insert(value, forKey: key)
            } else {
                try editor.remove(key)
            }
        }
        return editor.commit()
    }

    /// The root and new nodes of this trie with `value` stored under `key`.
    /// - Parameters:
    ///   - value: the value; over 32 bytes it becomes a hashed-value entry.
    ///   - key: the storage key.
    /// - Returns: the new root and the nodes to store.
    /// - Throws: as `applying(_:)`.
    public func inserting(_ value: [UInt8], forKey key: [UInt8]) throws(TrieError) -> TrieChangeSet {
        try applying([(key, value)])
    }

    /// The root and new nodes of this trie without `key`; removing an absent key changes nothing.
    /// - Parameter key: the storage key.
    /// - Returns: the new root and the nodes to store.
    /// - Throws: as `applying(_:)`.
    public func removing(key: [UInt8]) throws(TrieError) -> TrieChangeSet {
        try applying([(key, nil)])
    }
}
