public import MerkleTrie

/// The state a block is built in: the parent block's trie, read-only, with the block's writes layered
/// on top, so that a block can be executed, inspected and then committed or thrown away whole.
///
/// Reads fall through to the base trie when the overlay has not written a key, and base reads are
/// cached (a block reads the same accounts many times). Writes stay in the overlay until
/// `sortedChanges()` turns them into the list that `Trie.applying(_:)` takes. Nested transactions
/// (`transactional(_:)`) let a dispatch, or one call of `batch_all`, be undone without undoing the rest
/// of the block. Vectors that grow by appending (`System.Events`) keep their items apart and are encoded
/// once, so a block of thousands of events stays linear.
///
/// Reads are `mutating` because they fill the cache. A failing base read (a missing trie node in the
/// node's database) is not the block's fault: it is recorded in `backendFailure`, which the executive
/// checks so that it can abort the block instead of blaming the extrinsic.
public struct Overlay: Sendable {
    /// The parent block's state.
    public let base: Trie
    /// The block's writes: the newest entry of every written key.
    var changes: [[UInt8]: Entry] = [:]
    /// Values read from `base`; nil inside for keys the base does not hold.
    var baseCache: [[UInt8]: [UInt8]?] = [:]
    /// Undo records of the open transactions, oldest first.
    var journal: [Undo] = []
    /// Where each open transaction's undo records start in `journal`.
    var transactionStarts: [Int] = []
    /// The first failure of the base trie, if any: the state is incomplete and the block must be aborted.
    public internal(set) var backendFailure: TrieError?

    /// Opens an overlay with no writes over `base`.
    /// - Parameter base: the parent block's state trie.
    public init(base: Trie) {
        self.base = base
    }

    /// The value under `key` as the block sees it: the overlay's write, else the base trie's value.
    /// - Parameter key: the storage key.
    /// - Returns: the value, or nil when the key is absent (or was removed in this block).
    /// - Throws: `TrieError` when the base trie cannot be read; the failure is also kept in `backendFailure`.
    public mutating func value(forKey key: [UInt8]) throws(TrieError) -> [UInt8]? {
        guard let entry = changes[key] else { return try baseValue(forKey: key) }
        switch entry {
        case .value(let value): return value
        case .removed: return nil
        case .appended(let vector): return vector.encoded
        }
    }

    /// Whether `key` holds a value.
    /// - Parameter key: the storage key.
    /// - Returns: true when `value(forKey:)` would return a value.
    /// - Throws: as `value(forKey:)`.
    public mutating func contains(key: [UInt8]) throws(TrieError) -> Bool {
        if let entry = changes[key] {
            if case .removed = entry { return false }
            return true
        }
        return try baseValue(forKey: key) != nil
    }

    /// Stores `value` under `key`.
    /// - Parameters:
    ///   - value: the encoded value; an empty value is a value, not a removal.
    ///   - key: the storage key.
    public mutating func set(_ value: [UInt8], forKey key: [UInt8]) {
        write(.value(value), forKey: key)
    }

    /// Removes `key`; removing an absent key is harmless.
    /// - Parameter key: the storage key.
    public mutating func remove(key: [UInt8]) {
        write(.removed, forKey: key)
    }

    /// Appends one encoded item to the SCALE vector stored under `key`, as Substrate's storage
    /// `append` does: the compact length grows by one and the item's bytes follow the others.
    ///
    /// An absent key starts an empty vector. A stored value that does not start with a compact
    /// length is replaced by a vector holding only `item`, as Substrate does.
    /// - Parameters:
    ///   - item: the SCALE encoding of one element.
    ///   - key: the storage key of the vector.
    /// - Throws: `TrieError` when the existing vector has to be read from a failing base trie.
    public mutating func append(_ item: [UInt8], toVectorAt key: [UInt8]) throws(TrieError) {
        if case .appended(var vector) = changes[key] {
            if !transactionStarts.isEmpty {
                journal.append(.truncate(key: key, count: vector.items.count))
            }
            changes[key] = nil  // Drop the dictionary's copy so the append below does not copy the items.
            vector.items.append(item)
            changes[key] = .appended(vector)
            return
        }
        var vector = AppendedVector(existing: try value(forKey: key))
        vector.items.append(item)
        write(.appended(vector), forKey: key)
    }

    /// Reads `key` from the base trie through the cache.
    mutating func baseValue(forKey key: [UInt8]) throws(TrieError) -> [UInt8]? {
        if let cached = baseCache[key] { return cached }
        do {
            let value = try base.value(forKey: key)
            baseCache[key] = .some(value)
            return value
        } catch {
            if backendFailure == nil { backendFailure = error }
            throw error
        }
    }

    /// Replaces the entry for `key`, remembering the old one while a transaction is open.
    mutating func write(_ entry: Entry, forKey key: [UInt8]) {
        if !transactionStarts.isEmpty {
            journal.append(.restore(key: key, previous: changes[key]))
        }
        changes[key] = entry
    }
}

extension Overlay {
    /// What the overlay holds for one written key.
    enum Entry: Sendable {
        /// A value written in this block.
        case value([UInt8])
        /// The key was removed in this block.
        case removed
        /// A vector grown by `append(_:toVectorAt:)`.
        case appended(AppendedVector)
    }

    /// How to undo one write when a transaction rolls back.
    enum Undo: Sendable {
        /// Put back the entry the key had before (nil: the overlay had not written the key).
        case restore(key: [UInt8], previous: Entry?)
        /// Drop the items appended after the first `count`.
        case truncate(key: [UInt8], count: Int)
    }
}
