public import MerkleTrie

extension Overlay {
    /// The keys starting with `prefix` as the block sees them, ascending: the base trie's keys with the
    /// overlay's insertions added and its removals taken out.
    /// - Parameter prefix: the key prefix, such as a storage map's `twox128(pallet) ‖ twox128(item)`.
    /// - Returns: the keys in ascending byte order.
    /// - Throws: `TrieError` when the base trie cannot be walked; also kept in `backendFailure`.
    public mutating func keys(prefix: [UInt8]) throws(TrieError) -> [[UInt8]] {
        var present: Set<[UInt8]>
        do {
            present = Set(try base.keys(prefix: prefix))
        } catch {
            if backendFailure == nil { backendFailure = error }
            throw error
        }
        for (key, entry) in changes where key.starts(with: prefix) {
            if case .removed = entry { present.remove(key) } else { present.insert(key) }
        }
        return present.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The entries whose keys start with `prefix`, ascending by key, as the block sees them.
    /// - Parameter prefix: the key prefix.
    /// - Returns: `(key, value)` pairs in ascending key order.
    /// - Throws: as `keys(prefix:)`.
    public mutating func entries(prefix: [UInt8]) throws(TrieError) -> [(key: [UInt8], value: [UInt8])] {
        var result: [(key: [UInt8], value: [UInt8])] = []
        for key in try keys(prefix: prefix) {
            if let value = try value(forKey: key) { result.append((key, value)) }
        }
        return result
    }

    /// Removes every key starting with `prefix`.
    /// - Parameter prefix: the key prefix.
    /// - Throws: as `keys(prefix:)`.
    public mutating func removeAll(prefix: [UInt8]) throws(TrieError) {
        for key in try keys(prefix: prefix) { remove(key: key) }
    }
}
