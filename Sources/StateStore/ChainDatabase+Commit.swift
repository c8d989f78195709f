import Foundation
import GRDB
import Logging
import MerkleTrie
public import PhalaPrimitives
import SCALE

extension ChainDatabase {
    /// Stores an imported block in one transaction: its trie nodes, header, body, storage changes and
    /// justification, and the move of the best (and, if asked, finalized) block. It lands whole or not
    /// at all; on any error nothing of it is kept.
    ///
    /// The first block committed must be genesis (#0); it becomes best and finalized whatever the
    /// flags say. Every later block must extend a stored block. Making a block best rewrites the
    /// canonical chain back to where it meets the old one (a reorganisation), never below the
    /// finalized block. With `StatePruning.keepRecent`, finalizing deletes change sets that fell out
    /// of the window in the same transaction.
    /// - Parameter commit: the block and its writes.
    /// - Returns: the committed block's number and hash.
    /// - Throws: `StateStoreError.invalidCommit` when the commit contradicts itself or its parent
    ///   (state root, number, change order); `.unknownParent`; `.blockAlreadyStored`;
    ///   `.conflictsWithFinalized` when the new best block does not descend from the finalized block;
    ///   `.diskFull` and other database failures.
    @discardableResult
    public func commit(_ commit: BlockCommit) throws(StateStoreError) -> BlockID {
        let header = commit.block.header
        let id = BlockID(number: header.number, hash: header.hash)
        try Self.check(commit, id: id)
        let pruning = configuration.statePruning
        let heads = try write { db in try Self.write(commit, id: id, pruning: pruning, in: db) }
        nodeStore.cache.insert(commit.stateChanges.nodes)
        publish(heads)
        logger.debug(
            "Committed block",
            metadata: ["block.number": "\(id.number)", "block.hash": "\(id.hash)", "trie.nodes": "\(commit.stateChanges.nodes.count)"]
        )
        return id
    }

    /// Makes a block of the best chain the finalized block, storing its justification, in one
    /// transaction.
    ///
    /// Re-finalizing the current finalized block only stores the justification. With
    /// `StatePruning.keepRecent`, change sets that fall out of the window are deleted.
    /// - Parameters:
    ///   - hash: a block on the canonical chain at or above the current finalized block.
    ///   - justification: the finality proof to store with it, if any.
    /// - Returns: the new finalized block.
    /// - Throws: `StateStoreError.unknownBlock`; `.conflictsWithFinalized` when the block is not on the
    ///   best chain or lies below the finalized block; database failures.
    @discardableResult
    public func setFinalized(hash: H256, justification: Justification? = nil) throws(StateStoreError) -> BlockID {
        let pruning = configuration.statePruning
        let (heads, id) = try write { db in
            guard var heads = try Heads.fetch(db), let stored = try Self.storedBlock(hash, in: db) else {
                throw StateStoreError.unknownBlock(hash.description)
            }
            let id = BlockID(number: stored.number, hash: hash)
            try Self.finalize(id, rowID: stored.rowID, justification: justification, heads: &heads, pruning: pruning, in: db)
            try heads.save(db)
            return (heads, id)
        }
        publish(heads)
        logger.debug("Finalized block", metadata: ["block.number": "\(id.number)", "block.hash": "\(id.hash)"])
        return id
    }

    /// Runs `body` in a write transaction, translating failures; the transaction rolls back on any error.
    func write<T>(_ body: (Database) throws -> T) throws(StateStoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StateStoreError(translating: error, path: path)
        }
    }

    /// Checks what needs no database: the state root and the order of the storage changes.
    private static func check(_ commit: BlockCommit, id: BlockID) throws(StateStoreError) {
        guard commit.stateChanges.root == commit.block.header.stateRoot.bytes else {
            throw .invalidCommit(
                "block \(id) has state root \(commit.block.header.stateRoot) but its trie changes lead to \(hexDescription(commit.stateChanges.root))"
            )
        }
        for (previous, next) in zip(commit.storageChanges, commit.storageChanges.dropFirst())
        where !previous.key.lexicographicallyPrecedes(next.key) {
            throw .invalidCommit("the storage changes of block \(id) are not in strictly increasing key order at \(hexDescription(next.key))")
        }
        guard !commit.finalize || commit.makeBest else {
            throw .invalidCommit("block \(id) is to be finalized without being made best")
        }
    }

    /// The transaction of `commit(_:)`; returns the heads it leaves.
    private static func write(_ commit: BlockCommit, id: BlockID, pruning: StatePruning, in db: Database) throws -> Heads {
        guard try storedBlock(id.hash, in: db) == nil else { throw StateStoreError.blockAlreadyStored(id.description) }
        let header = commit.block.header
        var heads: Heads
        if let existing = try Heads.fetch(db) {
            guard id.number != 0 else {
                throw StateStoreError.invalidCommit("a genesis (\(existing.genesis)) is already stored, cannot add \(id)")
            }
            guard let parent = try storedBlock(header.parentHash, in: db) else {
                throw StateStoreError.unknownParent(header.parentHash.description, of: id.description)
            }
            guard parent.number &+ 1 == id.number else {
                throw StateStoreError.invalidCommit("block \(id) follows #\(parent.number) \(header.parentHash)")
            }
            heads = existing
        } else {
            guard id.number == 0 else { throw StateStoreError.invalidCommit("the first block must be genesis #0, not \(id)") }
            heads = Heads(genesis: id.hash, best: id, finalized: id, changesKeptFrom: 0)
        }

        try SQLiteNodeStore.insert(commit.stateChanges.nodes, in: db)
        let rowID = try insertBlock(commit.block, id: id, in: db)
        let change = try db.cachedStatement(sql: "INSERT INTO storage_change (block_id, key, value) VALUES (?, ?, ?)")
        for entry in commit.storageChanges {
            try change.execute(arguments: [rowID, Data(entry.key), entry.value.map { Data($0) }])
        }
        if let justification = commit.justification {
            try insert(justification, rowID: rowID, in: db)
        }
        if id.number == 0 {
            try db.execute(sql: "INSERT INTO canonical (number, hash) VALUES (0, ?)", arguments: [Data(id.hash.bytes)])
        } else if commit.makeBest {
            try moveBest(to: id, parent: header.parentHash, heads: &heads, in: db)
            if commit.finalize {
                try finalize(id, rowID: rowID, justification: nil, heads: &heads, pruning: pruning, in: db)
            }
        }
        try heads.save(db)
        return heads
    }

    private static func insertBlock(_ block: Block, id: BlockID, in db: Database) throws -> Int64 {
        let sql = """
            INSERT INTO block (hash, number, parent_hash, state_root, header, body) VALUES (?, ?, ?, ?, ?, ?)
            """
        try db.cachedStatement(sql: sql).execute(arguments: [
            Data(id.hash.bytes), id.number, Data(block.header.parentHash.bytes), Data(block.header.stateRoot.bytes),
            Data(block.header.scaleEncoded()), Data(block.extrinsics.scaleEncoded()),
        ])
        return db.lastInsertedRowID
    }

    private static func insert(_ justification: Justification, rowID: Int64, in db: Database) throws {
        let sql = "INSERT OR REPLACE INTO justification (block_id, engine, bytes) VALUES (?, ?, ?)"
        try db.cachedStatement(sql: sql).execute(arguments: [
            rowID, Data(justification.engine.bytes), Data(justification.encoded),
        ])
    }

    /// Rewrites the canonical index to end in `new`, walking back through parents until it meets the
    /// old canonical chain; refuses to rewrite the finalized block or anything below it.
    private static func moveBest(to new: BlockID, parent: H256, heads: inout Heads, in db: Database) throws {
        let finalized = heads.finalized
        guard new.number >= finalized.number else {
            throw StateStoreError.conflictsWithFinalized("block \(new) cannot become best below the finalized block \(finalized)")
        }
        try db.execute(sql: "DELETE FROM canonical WHERE number > ?", arguments: [new.number])
        var (number, hash, parentHash) = (new.number, new.hash, parent)
        while try canonicalHash(number, in: db) != hash {
            guard number > finalized.number else {
                throw StateStoreError.conflictsWithFinalized("block \(new) does not descend from the finalized block \(finalized)")
            }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO canonical (number, hash) VALUES (?, ?)")
                .execute(arguments: [number, Data(hash.bytes)])
            number -= 1
            hash = parentHash
            guard let stored = try storedBlock(hash, in: db) else {
                throw StateStoreError.malformedRecord("block \(hash), an ancestor of \(new), is missing")
            }
            parentHash = stored.parentHash
        }
        heads.best = new
    }

    /// Moves finality to `target`, a canonical block at or above the finalized one, and prunes.
    private static func finalize(
        _ target: BlockID,
        rowID: Int64,
        justification: Justification?,
        heads: inout Heads,
        pruning: StatePruning,
        in db: Database
    ) throws {
        guard try canonicalHash(target.number, in: db) == target.hash else {
            throw StateStoreError.conflictsWithFinalized("block \(target) is not on the best chain; make it best before finalizing it")
        }
        guard target.number >= heads.finalized.number else {
            throw StateStoreError.conflictsWithFinalized("finalizing \(target) would move finality back from \(heads.finalized)")
        }
        if let justification { try insert(justification, rowID: rowID, in: db) }
        heads.finalized = target
        guard case .keepRecent(let blocks) = pruning, target.number >= blocks else { return }
        let floor = target.number - blocks + 1
        guard floor > heads.changesKeptFrom else { return }
        try db.execute(
            sql: "DELETE FROM storage_change WHERE block_id IN (SELECT id FROM block WHERE number >= ? AND number < ?)",
            arguments: [heads.changesKeptFrom, floor]
        )
        heads.changesKeptFrom = floor
    }
}
