import Foundation
import GRDB
public import MerkleTrie

/// The chain's trie node store: the `trie_node` table of a `ChainDatabase`, fronted by an in-memory
/// cache of hot nodes.
///
/// Sendable without reservation: it holds a GRDB `DatabaseWriter` (itself `Sendable`; a `DatabasePool`
/// serves each read on one of its reader connections, so tries at different blocks are read from
/// several threads at once) and a `NodeCache` guarded by a mutex. Reads take no snapshot: nodes are
/// content-addressed and never overwritten or deleted, so a lone `SELECT` cannot see a torn state.
///
/// Obtain it from `ChainDatabase.nodeStore` or, more often, through `ChainDatabase.trie(at:)`.
/// Blocks commit their nodes through `ChainDatabase.commit(_:)`, in the block's transaction;
/// `insert(_:)` writes nodes in a transaction of their own (for state that no block references yet,
/// such as a genesis being built).
public struct SQLiteNodeStore: TrieNodeStore {
    let database: any DatabaseWriter
    let cache: NodeCache
    let path: String

    init(database: any DatabaseWriter, cache: NodeCache, path: String) {
        self.database = database
        self.cache = cache
        self.path = path
    }

    /// The node or hashed value stored under `hash`, from the cache or the table.
    /// - Parameter hash: a 32-byte node or value hash.
    /// - Returns: the stored bytes, or nil when the table has none.
    /// - Throws: `TrieError.storeFailure` carrying the `StateStoreError` description when SQLite fails.
    public func node(forHash hash: [UInt8]) throws(TrieError) -> [UInt8]? {
        if let bytes = cache.node(forHash: hash) { return bytes }
        let bytes: [UInt8]?
        do {
            bytes = try database.unsafeReentrantRead { db in try Self.fetch(hash, in: db) }
        } catch {
            throw .storeFailure(reason: StateStoreError(translating: error, path: path).description)
        }
        if let bytes { cache.insert(hash: hash, bytes: bytes) }
        return bytes
    }

    /// Writes `nodes` in one transaction of their own; nodes already stored are left as they are.
    /// - Parameter nodes: nodes and hashed values with their hashes.
    /// - Throws: `TrieError.storeFailure` carrying the `StateStoreError` description when SQLite fails;
    ///   then none of `nodes` was written.
    public mutating func insert(_ nodes: [StoredNode]) throws(TrieError) {
        do {
            try database.write { db in try Self.insert(nodes, in: db) }
        } catch {
            throw .storeFailure(reason: StateStoreError(translating: error, path: path).description)
        }
        cache.insert(nodes)
    }

    /// Reads one entry through a cached prepared statement.
    static func fetch(_ hash: [UInt8], in db: Database) throws -> [UInt8]? {
        let statement = try db.cachedStatement(sql: "SELECT bytes FROM trie_node WHERE hash = ?")
        return try Data.fetchOne(statement, arguments: [Data(hash)]).map { [UInt8]($0) }
    }

    /// Inserts entries inside the caller's transaction, skipping those already present.
    ///
    /// In hash order: the hash index then takes the batch as one ascending run, visiting each of its
    /// pages once and filling new pages fully, instead of jumping at random.
    static func insert(_ nodes: [StoredNode], in db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO trie_node (hash, bytes) VALUES (?, ?)")
        for node in nodes.sorted(by: { $0.hash.lexicographicallyPrecedes($1.hash) }) {
            try statement.execute(arguments: [Data(node.hash), Data(node.bytes)])
        }
    }
}
