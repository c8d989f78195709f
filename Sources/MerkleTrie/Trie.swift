import PhalaCrypto

/// A Substrate state trie at one root: look keys up, list them in order, prove them, and compute the
/// nodes of a changed trie.
///
/// The trie is base-16 Patricia-Merkle with `sp-trie`'s node encoding and `LayoutV1` (state
/// version 1): nodes are hashed with BLAKE2b-256, children whose encoding is under 32 bytes are
/// inlined in their parent, and values longer than 32 bytes are stored as separate entries referenced
/// by hash. A `Trie` is an immutable view — a root hash and the store holding its nodes — so it is
/// cheap to copy and safe to share; changing it yields a `TrieChangeSet` for the store's owner to write,
/// then a new `Trie` at the new root.
///
/// ```swift
/// var store = InMemoryNodeStore()
/// let changes = try Trie(store: store).applying([(Array("key".utf8), Array("value".utf8))])
/// store.insert(changes)
/// let trie = try Trie(root: changes.root, store: store)
/// try trie.value(forKey: Array("key".utf8))  // "value"
/// ```
public struct Trie: Sendable {
    /// The root of the empty trie: BLAKE2b-256 of the empty node `0x00`
    /// (`03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314`).
    public static let emptyRoot: [UInt8] = Hashing.blake2_256(Layout.emptyNode)

    /// The 32-byte root hash.
    public let root: [UInt8]
    /// The store holding every node reachable from `root`.
    public let store: any TrieNodeStore

    /// Opens the trie at `root` over `store`; nothing is read until the trie is used.
    /// - Parameters:
    ///   - root: a 32-byte root hash; the empty root by default.
    ///   - store: the node store.
    /// - Throws: `TrieError.invalidHashLength` when `root` is not 32 bytes.
    public init(root: [UInt8] = Trie.emptyRoot, store: any TrieNodeStore) throws(TrieError) {
        guard root.count == Layout.hashLength else { throw .invalidHashLength(root.count) }
        self.root = root
        self.store = store
    }

    /// The value stored under `key`, or nil when the key is absent.
    /// - Parameter key: the storage key.
    /// - Returns: the value, or nil.
    /// - Throws: `TrieError.missingNode`/`.missingValue` when the store lacks part of the trie,
    ///   `.malformedNode` when a stored node does not decode.
    public func value(forKey key: [UInt8]) throws(TrieError) -> [UInt8]? {
        var source = StoreSource(store: store)
        return try Self.lookup(key, root: root, in: &source)
    }

    /// Walks from `root` towards `key`, fetching from `source` each hashed node and value it meets.
    static func lookup(_ key: [UInt8], root: [UInt8], in source: inout some NodeSource) throws(TrieError) -> [UInt8]? {
        if root == emptyRoot { return nil }
        let path = Nibbles.of(key)
        var position = 0
        var hash = root
        var bytes = try source.node(root)
        while true {
            switch try Node.decode(bytes, hash: hash) {
            case .empty:
                throw .malformedNode(hash: hash, offset: 0, problem: .unexpectedEmptyNode)
            case .leaf(let partial, let value):
                guard path[position...].elementsEqual(partial) else { return nil }
                return try resolve(value, in: &source)
            case .branch(let partial, let value, let children):
                guard Nibbles.hasPrefix(path[position...], partial[...]) else { return nil }
                position += partial.count
                if position == path.count {
                    guard let value else { return nil }
                    return try resolve(value, in: &source)
                }
                guard let child = children[Int(path[position])] else { return nil }
                position += 1
                switch child {
                case .hash(let childHash):
                    hash = childHash
                    bytes = try source.node(childHash)
                case .inline(let encoded):
                    hash = []
                    bytes = encoded
                }
            }
        }
    }

    /// The bytes of a node value, fetching a hashed value from `source`.
    static func resolve(_ value: NodeValue, in source: inout some NodeSource) throws(TrieError) -> [UInt8] {
        switch value {
        case .inline(let bytes): bytes
        case .hashed(let hash): try source.value(hash)
        }
    }
}
