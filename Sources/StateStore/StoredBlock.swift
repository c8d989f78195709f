import Foundation
import GRDB
import PhalaPrimitives

/// The columns of a `block` row that walks and checks need, without decoding the header.
struct StoredBlock {
    var rowID: Int64
    var number: BlockNumber
    var parentHash: H256
    var stateRoot: H256
}

extension ChainDatabase {
    /// The stored block with `hash`, or nil.
    static func storedBlock(_ hash: H256, in db: Database) throws -> StoredBlock? {
        let sql = "SELECT id, number, parent_hash, state_root FROM block WHERE hash = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [Data(hash.bytes)]) else { return nil }
        return StoredBlock(
            rowID: try row.decode(atIndex: 0),
            number: try row.decode(atIndex: 1),
            parentHash: try storedHash(row.decode(Data.self, atIndex: 2)),
            stateRoot: try storedHash(row.decode(Data.self, atIndex: 3))
        )
    }

    /// The canonical hash at `number`, or nil.
    static func canonicalHash(_ number: BlockNumber, in db: Database) throws -> H256? {
        let statement = try db.cachedStatement(sql: "SELECT hash FROM canonical WHERE number = ?")
        return try Data.fetchOne(statement, arguments: [number]).map { data throws in try storedHash(data) }
    }
}
