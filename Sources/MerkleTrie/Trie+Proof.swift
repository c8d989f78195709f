import PhalaCrypto

extension Trie {
    /// The nodes a verifier needs to read `keys` at this root, in the form `state_getReadProof`
    /// returns: encoded nodes, each once, plus the hashed values (over 32 bytes) of present keys.
    ///
    /// Absent keys are proven too: the proof holds the path down to where the key would be. The empty
    /// trie needs no nodes, so its proofs are empty.
    /// - Parameter keys: the storage keys to prove.
    /// - Returns: node encodings and hashed values, in the order first read.
    /// - Throws: `TrieError.missingNode`, `.missingValue` or `.malformedNode` when the store cannot
    ///   serve a node on the way.
    public func generateProof(keys: [[UInt8]]) throws(TrieError) -> [[UInt8]] {
        var source = RecordingSource(store: store)
        for key in keys { _ = try Self.lookup(key, root: root, in: &source) }
        return source.recorded
    }

    /// Reads `keys` from a proof, checking every node it uses against `root`.
    ///
    /// Each proof entry is addressed by its BLAKE2b-256 hash, so a tampered node simply cannot be found
    /// where its parent points. The proof must be exact: no entry twice, and none the keys do not
    /// need, as a proof from `generateProof(keys:)` or `state_getReadProof` for these keys is.
    /// - Parameters:
    ///   - root: the 32-byte state root the proof claims to be from.
    ///   - proof: encoded nodes and hashed values, in any order.
    ///   - keys: the keys to read.
    /// - Returns: each key with its proven value (nil: proven absent), in the order of `keys`.
    /// - Throws: `TrieError.incompleteProof` when a needed node is missing or altered,
    ///   `.duplicateProofNode` or `.unusedProofNode` for padding, `.malformedNode` for bytes that are
    ///   not a node, `.invalidHashLength` for a root that is not 32 bytes.
    public static func readProof(
        root: [UInt8],
        proof: [[UInt8]],
        keys: [[UInt8]]
    ) throws(TrieError) -> [(key: [UInt8], value: [UInt8]?)] {
        guard root.count == Layout.hashLength else { throw .invalidHashLength(root.count) }
        var source = try ProofSource(proof)
        var results: [(key: [UInt8], value: [UInt8]?)] = []
        results.reserveCapacity(keys.count)
        for key in keys { results.append((key, try lookup(key, root: root, in: &source))) }
        try source.checkEveryEntryUsed()
        return results
    }

    /// Checks that a proof shows each key with exactly the expected value (nil: the key is absent).
    /// - Parameters:
    ///   - root: the 32-byte state root.
    ///   - proof: encoded nodes and hashed values, in any order.
    ///   - items: the keys with the values they must have.
    /// - Throws: everything `readProof(root:proof:keys:)` throws, and `TrieError.valueMismatch` for the
    ///   first key whose proven value differs.
    public static func verifyProof(
        root: [UInt8],
        proof: [[UInt8]],
        items: [(key: [UInt8], value: [UInt8]?)]
    ) throws(TrieError) {
        let proven = try readProof(root: root, proof: proof, keys: items.map(\.key))
        for (item, result) in zip(items, proven) where item.value != result.value {
            throw .valueMismatch(key: item.key, expected: item.value, proven: result.value)
        }
    }
}

/// The entries of a proof by hash, noting which ones a verification used.
private struct ProofSource: NodeSource {
    private var entries: [NodeHash: [UInt8]] = [:]
    private let order: [[UInt8]]
    private var used: Set<NodeHash> = []

    init(_ proof: [[UInt8]]) throws(TrieError) {
        var order: [[UInt8]] = []
        order.reserveCapacity(proof.count)
        for bytes in proof {
            let hash = Hashing.blake2_256(bytes)
            guard entries.updateValue(bytes, forKey: NodeHash(hash)) == nil else { throw .duplicateProofNode(hash: hash) }
            order.append(hash)
        }
        self.order = order
    }

    mutating func node(_ hash: [UInt8]) throws(TrieError) -> [UInt8] {
        let key = NodeHash(hash)
        guard let bytes = entries[key] else { throw .incompleteProof(missing: hash) }
        used.insert(key)
        return bytes
    }

    mutating func value(_ hash: [UInt8]) throws(TrieError) -> [UInt8] {
        try node(hash)
    }

    func checkEveryEntryUsed() throws(TrieError) {
        for hash in order where !used.contains(NodeHash(hash)) { throw .unusedProofNode(hash: hash) }
    }
}

/// A node hash as a dictionary key that hashes its bytes in one call (an `[UInt8]` key feeds the
/// hasher byte by byte, which dominated reading a proof).
private struct NodeHash: Hashable {
    /// The hash's bytes.
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
