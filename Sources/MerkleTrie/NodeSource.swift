/// Where a walk over the trie fetches the nodes and hashed values it meets: a node store, a store
/// whose reads are recorded into a proof, or a proof being verified.
protocol NodeSource {
    /// The encoded node under `hash`.
    mutating func node(_ hash: [UInt8]) throws(TrieError) -> [UInt8]
    /// The value under `hash` (a state-version-1 hashed value).
    mutating func value(_ hash: [UInt8]) throws(TrieError) -> [UInt8]
}

/// Reads a node store, failing on anything absent.
struct StoreSource: NodeSource {
    let store: any TrieNodeStore

    func node(_ hash: [UInt8]) throws(TrieError) -> [UInt8] {
        guard let bytes = try store.node(forHash: hash) else { throw .missingNode(hash: hash) }
        return bytes
    }

    func value(_ hash: [UInt8]) throws(TrieError) -> [UInt8] {
        guard let bytes = try store.node(forHash: hash) else { throw .missingValue(hash: hash) }
        return bytes
    }
}

/// Reads a node store and keeps every entry read, in first-read order and each once: a read proof.
struct RecordingSource: NodeSource {
    let base: StoreSource
    private(set) var recorded: [[UInt8]] = []
    private var seen: Set<[UInt8]> = []

    init(store: any TrieNodeStore) {
        base = StoreSource(store: store)
    }

    mutating func node(_ hash: [UInt8]) throws(TrieError) -> [UInt8] {
        record(hash, try base.node(hash))
    }

    mutating func value(_ hash: [UInt8]) throws(TrieError) -> [UInt8] {
        record(hash, try base.value(hash))
    }

    private mutating func record(_ hash: [UInt8], _ bytes: [UInt8]) -> [UInt8] {
        if seen.insert(hash).inserted { recorded.append(bytes) }
        return bytes
    }
}
