import Foundation
import GRDB
import PhalaPrimitives

/// The `chain` row: genesis, best and finalized blocks, and how far storage changes are kept.
struct Heads: Sendable, Equatable {
    var genesis: H256
    var best: BlockID
    var finalized: BlockID
    /// The lowest block number whose storage change set is still stored.
    var changesKeptFrom: BlockNumber

    /// The heads as stored, or nil before genesis.
    static func fetch(_ db: Database) throws -> Heads? {
        let sql = """
            SELECT genesis_hash, best_number, best_hash, finalized_number, finalized_hash, changes_kept_from
            FROM chain WHERE id = 1
            """
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql)) else { return nil }
        return Heads(
            genesis: try storedHash(row.decode(Data.self, atIndex: 0)),
            best: BlockID(number: try row.decode(atIndex: 1), hash: try storedHash(row.decode(Data.self, atIndex: 2))),
            finalized: BlockID(number: try row.decode(atIndex: 3), hash: try storedHash(row.decode(Data.self, atIndex: 4))),
            changesKeptFrom: try row.decode(atIndex: 5)
        )
    }

    /// Writes the heads in the caller's transaction.
    func save(_ db: Database) throws {
        let sql = """
            INSERT OR REPLACE INTO chain
            (id, genesis_hash, best_number, best_hash, finalized_number, finalized_hash, changes_kept_from)
            VALUES (1, ?, ?, ?, ?, ?, ?)
            """
        try db.cachedStatement(sql: sql).execute(arguments: [
            Data(genesis.bytes), best.number, Data(best.hash.bytes), finalized.number, Data(finalized.hash.bytes),
            changesKeptFrom,
        ])
    }
}

/// A stored 32-byte hash column as an `H256`.
func storedHash(_ data: Data) throws(StateStoreError) -> H256 {
    do {
        return try H256(bytes: data)
    } catch {
        throw .malformedRecord("a stored hash has \(data.count) bytes")
    }
}
