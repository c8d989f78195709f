/// Why a chain database operation failed, with what to do about it.
///
/// A struct over a private code so new failures can be added without breaking callers (NIO's
/// `LengthPrefixError`, Service Lifecycle's `ServiceGroupError`). Match a failure by comparing with one
/// of the static kinds (`error == .unknownBlock`): equality compares the kind only, while `description`
/// carries the particulars (path, hash, SQLite message).
public struct StateStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Sendable, Equatable {
        case notADatabase, corrupt, newerSchema, diskFull, busy, readOnly, cannotOpen, ioFailure
        case databaseFailure, invalidConfiguration, unknownBlock, unknownParent, blockAlreadyStored
        case invalidCommit, conflictsWithFinalized, changesPruned, malformedRecord
    }

    private let code: Code
    /// What went wrong and what to do about it.
    public let description: String

    private init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    /// Compares the kinds of two errors, ignoring their particulars.
    public static func == (lhs: StateStoreError, rhs: StateStoreError) -> Bool {
        lhs.code == rhs.code
    }

    /// The file exists but is not a SQLite database (or is encrypted): the path points at the wrong file.
    public static let notADatabase = Self(.notADatabase, "the file is not a SQLite database")
    /// SQLite found the database file damaged (a bad page, a torn write from failing storage).
    public static let corrupt = Self(.corrupt, "the database is corrupt")
    /// The database was written by a newer version of this software, whose schema this one does not know.
    public static let newerSchema = Self(.newerSchema, "the database was written by a newer version")
    /// The disk (or the configured size limit) is full; the failed write left nothing behind.
    public static let diskFull = Self(.diskFull, "the disk is full")
    /// Another process holds the database locked.
    public static let busy = Self(.busy, "the database is locked by another process")
    /// The database file or its directory is read-only.
    public static let readOnly = Self(.readOnly, "the database is read-only")
    /// The database file cannot be opened or created (missing directory, permissions).
    public static let cannotOpen = Self(.cannotOpen, "the database cannot be opened")
    /// The operating system reported an I/O error.
    public static let ioFailure = Self(.ioFailure, "an I/O error occurred")
    /// SQLite failed for another reason, given in the description.
    public static let databaseFailure = Self(.databaseFailure, "the database failed")
    /// A `ChainDatabase.Configuration` value is out of range.
    public static let invalidConfiguration = Self(.invalidConfiguration, "the configuration is invalid")
    /// No block with the given hash is stored.
    public static let unknownBlock = Self(.unknownBlock, "no block with this hash is stored")
    /// A committed block's parent is not stored: import its ancestors first.
    public static let unknownParent = Self(.unknownParent, "the block's parent is not stored")
    /// A committed block is already stored.
    public static let blockAlreadyStored = Self(.blockAlreadyStored, "the block is already stored")
    /// A `BlockCommit` contradicts itself or the chain (a wrong number, state root or change order).
    public static let invalidCommit = Self(.invalidCommit, "the block commit is inconsistent")
    /// The operation would move the best or finalized block off the finalized chain, or finality backwards.
    public static let conflictsWithFinalized = Self(.conflictsWithFinalized, "the operation conflicts with finality")
    /// The storage change set of the block was pruned (`StatePruning.keepRecent`).
    public static let changesPruned = Self(.changesPruned, "the block's storage changes were pruned")
    /// A stored record does not decode: the database was altered outside this software.
    public static let malformedRecord = Self(.malformedRecord, "a stored record is malformed")

    static func notADatabase(path: String) -> Self {
        Self(.notADatabase, "\(path) is not a SQLite database; point the node at its own data directory or move the file away")
    }

    static func corrupt(_ detail: String) -> Self {
        Self(.corrupt, "the chain database is corrupt (\(detail)); restore a backup or delete it and resync")
    }

    static func newerSchema(path: String, unknown: [String]) -> Self {
        Self(
            .newerSchema,
            "the database at \(path) was written by a newer version (unknown migrations: \(unknown.joined(separator: ", "))); run that version or a newer one"
        )
    }

    static func diskFull(_ detail: String) -> Self {
        Self(.diskFull, "the disk is full (\(detail)); free space and retry, nothing of the failed write was kept")
    }

    static func busy(_ detail: String) -> Self {
        Self(.busy, "the database is locked (\(detail)); stop the other process using this data directory")
    }

    static func readOnly(_ detail: String) -> Self {
        Self(.readOnly, "the database is read-only (\(detail)); check the permissions of the data directory")
    }

    static func cannotOpen(path: String, _ detail: String) -> Self {
        Self(.cannotOpen, "cannot open \(path) (\(detail)); check that its directory exists and is writable")
    }

    static func ioFailure(_ detail: String) -> Self {
        Self(.ioFailure, "an I/O error occurred (\(detail)); check the disk and the system log")
    }

    static func databaseFailure(_ detail: String) -> Self {
        Self(.databaseFailure, "the database failed: \(detail)")
    }

    static func invalidConfiguration(_ detail: String) -> Self {
        Self(.invalidConfiguration, "invalid chain database configuration: \(detail)")
    }

    static func unknownBlock(_ hash: String) -> Self {
        Self(.unknownBlock, "block \(hash) is not stored; ask for a block this node has imported")
    }

    static func unknownParent(_ parent: String, of block: String) -> Self {
        Self(.unknownParent, "the parent \(parent) of block \(block) is not stored; import the ancestors first")
    }

    static func blockAlreadyStored(_ hash: String) -> Self {
        Self(.blockAlreadyStored, "block \(hash) is already stored; skip it")
    }

    static func invalidCommit(_ detail: String) -> Self {
        Self(.invalidCommit, "the block commit is inconsistent: \(detail); this is a bug in the block importer")
    }

    static func conflictsWithFinalized(_ detail: String) -> Self {
        Self(.conflictsWithFinalized, "\(detail); finalized blocks cannot be reverted")
    }

    static func changesPruned(_ hash: String, keptFrom: UInt32) -> Self {
        Self(
            .changesPruned,
            "the storage changes of block \(hash) were pruned (kept from block #\(keptFrom)); run an archive node for older history"
        )
    }

    static func malformedRecord(_ detail: String) -> Self {
        Self(.malformedRecord, "a stored record is malformed (\(detail)); the database was altered, resync it")
    }
}

/// `0x` and lower-case hex digits, for error messages.
func hexDescription(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = Array("0x".utf8)
    for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
}
