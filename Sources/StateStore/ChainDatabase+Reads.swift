import Foundation
import GRDB
public import MerkleTrie
public import PhalaPrimitives
import SCALE

extension ChainDatabase {
    /// The best block (the head of the canonical chain), or nil before genesis is committed.
    public var bestBlock: BlockID? { heads?.best }

    /// The last finalized block, or nil before genesis is committed.
    public var finalizedBlock: BlockID? { heads?.finalized }

    /// The hash of block #0, or nil before genesis is committed.
    public var genesisHash: H256? { heads?.genesis }

    /// The header of a stored block, canonical or not.
    /// - Parameter hash: the block hash.
    /// - Returns: the header, or nil when no such block is stored.
    /// - Throws: `StateStoreError.malformedRecord` when the stored header does not decode; database failures.
    public func header(hash: H256) throws(StateStoreError) -> Header? {
        let bytes = try read { db in
            try Data.fetchOne(db.cachedStatement(sql: "SELECT header FROM block WHERE hash = ?"), arguments: [Data(hash.bytes)])
        }
        return try bytes.map { data throws(StateStoreError) in try decode(Header.self, data, what: "header of \(hash)") }
    }

    /// A stored block, canonical or not: its header and its extrinsics.
    /// - Parameter hash: the block hash.
    /// - Returns: the block, or nil when no such block is stored.
    /// - Throws: `StateStoreError.malformedRecord` when the stored block does not decode; database failures.
    public func block(hash: H256) throws(StateStoreError) -> Block? {
        let row = try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT header, body FROM block WHERE hash = ?"), arguments: [Data(hash.bytes)])
                .map { (try $0.decode(Data.self, atIndex: 0), try $0.decode(Data.self, atIndex: 1)) }
        }
        guard let (header, body) = row else { return nil }
        return Block(
            header: try decode(Header.self, header, what: "header of \(hash)"),
            extrinsics: try decode([[UInt8]].self, body, what: "body of \(hash)")
        )
    }

    /// The hash of the canonical block at a height.
    /// - Parameter number: the block height.
    /// - Returns: the hash of the best chain's block at `number`, or nil above the best block.
    /// - Throws: database failures.
    public func hash(number: BlockNumber) throws(StateStoreError) -> H256? {
        try read { db in try Self.canonicalHash(number, in: db) }
    }

    /// The finality proofs stored for a block, ordered by engine id.
    /// - Parameter hash: the block hash.
    /// - Returns: the justifications; empty when the block has none or is not stored.
    /// - Throws: `StateStoreError.malformedRecord` for a stored engine id not 4 bytes long; database failures.
    public func justifications(hash: H256) throws(StateStoreError) -> [Justification] {
        let rows = try read { db in
            let sql = """
                SELECT engine, bytes FROM justification
                WHERE block_id = (SELECT id FROM block WHERE hash = ?) ORDER BY engine
                """
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [Data(hash.bytes)])
                .map { (try $0.decode(Data.self, atIndex: 0), try $0.decode(Data.self, atIndex: 1)) }
        }
        var justifications: [Justification] = []
        for (engine, bytes) in rows {
            guard let engine = try? ConsensusEngineId(engine) else {
                throw .malformedRecord("a justification of \(hash) has an engine id of \(engine.count) bytes")
            }
            justifications.append(Justification(engine: engine, encoded: [UInt8](bytes)))
        }
        return justifications
    }

    /// The storage change set of a stored block: each key it changed, with the value it left.
    /// - Parameter hash: the block hash.
    /// - Returns: the changes in increasing key order, or nil when no such block is stored.
    /// - Throws: `StateStoreError.changesPruned` when pruning deleted them; database failures.
    public func storageChanges(hash: H256) throws(StateStoreError) -> [StorageChange]? {
        try read { db in
            guard let stored = try Self.storedBlock(hash, in: db) else { return nil }
            let keptFrom = try Heads.fetch(db)?.changesKeptFrom ?? 0
            guard stored.number >= keptFrom else { throw StateStoreError.changesPruned(hash.description, keptFrom: keptFrom) }
            let sql = "SELECT key, value FROM storage_change WHERE block_id = ? ORDER BY key"
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [stored.rowID]).map { row in
                StorageChange(
                    key: [UInt8](try row.decode(Data.self, atIndex: 0)),
                    value: try row.decode(Data?.self, atIndex: 1).map { [UInt8]($0) }
                )
            }
        }
    }

    /// The state after a stored block, as a trie over the node store.
    /// - Parameter blockHash: the block hash.
    /// - Returns: a trie at the block's state root; cheap, nothing is read until it is used.
    /// - Throws: `StateStoreError.unknownBlock` when no such block is stored; database failures.
    public func trie(at blockHash: H256) throws(StateStoreError) -> Trie {
        guard let stored = try read({ db in try Self.storedBlock(blockHash, in: db) }) else {
            throw .unknownBlock(blockHash.description)
        }
        do {
            return try Trie(root: stored.stateRoot.bytes, store: nodeStore)
        } catch {
            throw .malformedRecord("the state root of \(blockHash): \(error)")
        }
    }

    /// Runs `body` in a read transaction (a snapshot), translating failures.
    func read<T>(_ body: (Database) throws -> T) throws(StateStoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StateStoreError(translating: error, path: path)
        }
    }

    private func decode<T: ScaleDecodable>(_ type: T.Type, _ data: Data, what: String) throws(StateStoreError) -> T {
        do {
            return try T(scaleDecoding: [UInt8](data))
        } catch {
            throw .malformedRecord("the stored \(what) does not decode: \(error)")
        }
    }
}
