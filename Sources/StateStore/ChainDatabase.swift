import GRDB
public import Logging
import MerkleTrie
import PhalaPrimitives
import Synchronization

/// The node's durable chain: state trie nodes, blocks, the canonical chain, finality and per-block
/// storage changes, in one SQLite database.
///
/// A block lands through `commit(_:)` in one transaction — its trie nodes, header, body, storage
/// changes, justification and the move of the best (and finalized) block — so after a crash the
/// database holds it whole or not at all, and reopening continues from the last committed block.
/// Any number of threads may read at once (a file database keeps a pool of read connections in WAL
/// mode); writes are serialised by GRDB's single writer connection, and the node has one writer, the
/// block importer.
///
/// ```swift
/// let database = try ChainDatabase(path: "chain.sqlite")
/// try database.commit(BlockCommit(block: genesis, stateChanges: genesisState, storageChanges: []))
/// let balance = try database.trie(at: genesis.header.hash).value(forKey: accountKey)
/// ```
public final class ChainDatabase: Sendable {
    /// The configuration the database was opened with.
    public let configuration: Configuration
    /// The trie node store; `trie(at:)` opens tries over it.
    public let nodeStore: SQLiteNodeStore
    let writer: any DatabaseWriter
    let path: String
    let logger: Logger
    private let cachedHeads: Mutex<Heads?>

    /// Opens (or creates) the database file at `path` and continues from its last committed block.
    ///
    /// The file is put in WAL mode, so `path-wal` and `path-shm` appear beside it; keep the three
    /// together when copying a stopped node's data.
    /// - Parameters:
    ///   - path: the database file; its directory must exist.
    ///   - configuration: pruning, durability and cache settings.
    ///   - logger: where opening is reported (`phala.store` by default).
    /// - Throws: `StateStoreError.notADatabase` when the file is something else, `.newerSchema` when
    ///   a newer version wrote it, `.corrupt`, `.cannotOpen`, `.busy`, `.readOnly`, `.ioFailure`, or
    ///   `.invalidConfiguration`.
    public convenience init(
        path: String,
        configuration: Configuration = Configuration(),
        logger: Logger = Logger(label: "phala.store")
    ) throws(StateStoreError) {
        try Self.validate(configuration)
        var options = GRDB.Configuration()
        options.maximumReaderCount = configuration.maximumReaderCount
        options.label = "phala.store"
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: options)
            // Writer-only settings, after GRDB's own set-up (which sets synchronous = NORMAL in WAL mode).
            try pool.writeWithoutTransaction { db in
                if configuration.durability == .powerLoss { try db.execute(sql: "PRAGMA synchronous = FULL") }
                try db.execute(sql: "PRAGMA cache_size = -\(configuration.pageCacheBytes / 1024)")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.checkpointPages)")
            }
        } catch {
            throw StateStoreError(translating: error, path: path)
        }
        try self.init(writer: pool, path: path, configuration: configuration, logger: logger)
    }

    /// Opens an empty database that lives in memory and vanishes with the value: for tests and
    /// throwaway chains.
    /// - Parameters:
    ///   - configuration: pruning and cache settings; durability and reader count do not apply.
    ///   - logger: where opening is reported.
    /// - Returns: an empty chain database.
    /// - Throws: `StateStoreError.invalidConfiguration`, or a database failure (out of memory).
    public static func inMemory(
        configuration: Configuration = Configuration(),
        logger: Logger = Logger(label: "phala.store")
    ) throws(StateStoreError) -> ChainDatabase {
        try validate(configuration)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue()
        } catch {
            throw StateStoreError(translating: error, path: ":memory:")
        }
        return try ChainDatabase(writer: queue, path: ":memory:", configuration: configuration, logger: logger)
    }

    /// How many pages (4 KiB each) the WAL may grow to before a commit copies it into the main file:
    /// 64 MiB, against SQLite's default of 1,000 pages, which a block of a few thousand trie nodes
    /// exceeds on its own (so every commit would checkpoint). Index pages that several blocks dirty
    /// are then copied once; the price is a longer pause at each checkpoint and a WAL file of up to
    /// this size.
    static let checkpointPages = 16_384

    private init(
        writer: any DatabaseWriter,
        path: String,
        configuration: Configuration,
        logger: Logger
    ) throws(StateStoreError) {
        try Self.migrate(writer, path: path)
        let heads: Heads?
        do {
            heads = try writer.read { db in try Heads.fetch(db) }
        } catch {
            throw StateStoreError(translating: error, path: path)
        }
        self.writer = writer
        self.path = path
        self.configuration = configuration
        self.logger = logger
        self.cachedHeads = Mutex(heads)
        self.nodeStore = SQLiteNodeStore(
            database: writer,
            cache: NodeCache(capacityBytes: configuration.nodeCacheBytes),
            path: path
        )
        logger.info(
            "Opened chain database",
            metadata: [
                "storage.path": "\(path)",
                "block.best": "\(heads.map { $0.best.description } ?? "none")",
                "block.finalized": "\(heads.map { $0.finalized.description } ?? "none")",
            ]
        )
    }

    /// Moves the WAL into the main file and closes the database's connections; every later call
    /// fails with `.databaseFailure`.
    ///
    /// Not needed for safety — every commit is already durable — but afterwards the main file alone
    /// holds the whole chain (the `-wal` file is empty) and another process can open it at once.
    /// - Throws: a database failure, such as a read still in progress.
    public func close() throws(StateStoreError) {
        do {
            try writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            try writer.close()
        } catch {
            throw StateStoreError(translating: error, path: path)
        }
    }

    /// The heads as of the last commit; nil before genesis.
    var heads: Heads? { cachedHeads.withLock { $0 } }

    /// Publishes the heads of a transaction that has committed.
    func publish(_ heads: Heads) {
        cachedHeads.withLock { $0 = heads }
    }

    private static func validate(_ configuration: Configuration) throws(StateStoreError) {
        if case .keepRecent(let blocks) = configuration.statePruning, blocks == 0 {
            throw .invalidConfiguration("statePruning keepRecent needs at least 1 block")
        }
        guard configuration.maximumReaderCount >= 1 else {
            throw .invalidConfiguration("maximumReaderCount must be at least 1, found \(configuration.maximumReaderCount)")
        }
        guard configuration.pageCacheBytes >= 1 << 20 else {
            throw .invalidConfiguration("pageCacheBytes must be at least 1 MiB, found \(configuration.pageCacheBytes)")
        }
        guard configuration.nodeCacheBytes >= 0 else {
            throw .invalidConfiguration("nodeCacheBytes must not be negative, found \(configuration.nodeCacheBytes)")
        }
    }
}
