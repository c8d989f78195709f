extension ChainDatabase {
    /// How a chain database behaves: history kept, durability, and memory spent on hot trie nodes.
    ///
    /// A plain value with no I/O; only `PhalaCLI` fills it from flags, environment and files. Keys, as
    /// `PhalaCLI` names them under `storage.`:
    ///
    /// | key | type | default | meaning |
    /// |---|---|---|---|
    /// | `storage.statePruning` | `StatePruning` | `.archive` | how much old state history is kept |
    /// | `storage.durability` | `Durability` | `.processCrash` | which failures a committed block survives |
    /// | `storage.nodeCacheBytes` | `Int` | 32 MiB | memory for recently read or written trie nodes; 0 disables |
    /// | `storage.maximumReaderCount` | `Int` | 4 | concurrent read connections of a file database |
    /// | `storage.pageCacheBytes` | `Int` | 64 MiB | SQLite page cache of the writer connection |
    ///
    /// The database path is not part of it: `ChainDatabase(path:configuration:)` takes it.
    public struct Configuration: Sendable, Equatable {
        /// How much old state history is kept; `.archive` by default.
        public var statePruning: StatePruning
        /// Which failures a committed block survives; `.processCrash` by default.
        public var durability: Durability
        /// Bytes of trie nodes kept in memory (node bytes plus about 100 bytes of bookkeeping each);
        /// 32 MiB by default, 0 disables the cache.
        public var nodeCacheBytes: Int
        /// How many read connections a file database may open at once; 4 by default, at least 1.
        /// An in-memory database has one connection and ignores it.
        public var maximumReaderCount: Int
        /// Bytes of database pages the writer connection keeps in memory; 64 MiB by default, at least
        /// 1 MiB. A block's trie nodes land at random places of the node hash index, so a cache that
        /// holds most of that index saves a read per node on commit. Read connections keep SQLite's
        /// default (2 MiB) and rely on the node cache instead.
        public var pageCacheBytes: Int

        /// Creates a configuration; every argument has the default listed above.
        public init(
            statePruning: StatePruning = .archive,
            durability: Durability = .processCrash,
            nodeCacheBytes: Int = 32 << 20,
            maximumReaderCount: Int = 4,
            pageCacheBytes: Int = 64 << 20
        ) {
            self.statePruning = statePruning
            self.durability = durability
            self.nodeCacheBytes = nodeCacheBytes
            self.maximumReaderCount = maximumReaderCount
            self.pageCacheBytes = pageCacheBytes
        }
    }

    /// How much history of old blocks' state the database keeps.
    public enum StatePruning: Sendable, Equatable {
        /// Keep everything: every block's storage change set and every trie node ever written.
        case archive
        /// Keep the storage change sets of the `blocks` most recent finalized blocks (and of every block
        /// not yet finalized); delete older change sets as finality advances. `blocks` must be at least 1.
        ///
        /// What is NOT pruned yet: trie nodes (telling which nodes no kept state still reaches needs
        /// per-node reference counts, which this version does not keep, so every historical state stays
        /// readable through `trie(at:)`), headers, bodies and justifications (block history, not state).
        case keepRecent(blocks: UInt32)
    }

    /// Which failures a block that `commit` has returned for survives.
    ///
    /// The database runs in WAL mode, where a commit appends the transaction to the `-wal` file and,
    /// with `.powerLoss`, waits for it to reach the disk (`fsync`). Either way a crash never leaves a
    /// partial block: SQLite ignores a WAL tail without a valid commit frame.
    public enum Durability: Sendable, Equatable {
        /// `PRAGMA synchronous = NORMAL`: a committed block survives the process being killed
        /// (`kill -9`, a trap), because the write has reached the operating system before `commit`
        /// returns. On power loss or a kernel crash the last blocks may be lost (never corrupted); the
        /// node re-imports them from peers. The WAL is synced at checkpoints only, so commits are
        /// cheap. The default, as in GRDB and most WAL applications.
        case processCrash
        /// `PRAGMA synchronous = FULL`: each commit also syncs the WAL to the disk, so a committed block
        /// survives power loss too, at the price of one `fsync` per block.
        case powerLoss
    }
}
