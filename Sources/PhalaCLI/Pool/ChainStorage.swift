import JSONRPC
import PhalaClient
import PhalaPrimitives
import RuntimeSupport
import SCALE

/// Reads and decodes storage items through a client, all at one block so a report is consistent.
struct ChainStorage {
    /// The connection.
    let client: Client
    /// The block read at (the best block when the reader was made).
    let block: H256

    /// A reader at the node's best block.
    /// - Parameter client: the connection.
    /// - Throws: the client's errors.
    init(client: Client) async throws {
        self.client = client
        let reply = try await client.request("chain_getBlockHash")
        guard let text = reply.string, let bytes = try? FixedBytes<32>(hex: text) else {
            throw CommandError("the node's chain_getBlockHash answered \(reply), not a block hash")
        }
        block = H256(bytes)
    }

    /// The decoded value at `key`, `nil` when absent.
    /// - Throws: `CommandError` when the value does not decode as `Value` (a different runtime?).
    func value<Value: ScaleDecodable>(_ key: [UInt8], as type: Value.Type = Value.self) async throws -> Value? {
        guard let bytes = try await client.storage(key, at: block) else { return nil }
        do { return try Value(scaleDecoding: bytes) } catch {
            throw CommandError("the storage value at \(Hex.encode(key)) does not decode as \(Value.self): \(error)")
        }
    }

    /// A map's decoded value for `key`.
    func value<Key, Value>(_ map: StorageMap<Key, Value>, _ key: Key) async throws -> Value? {
        try await value(map.storageKey(for: key), as: Value.self)
    }

    /// A plain item's decoded value.
    func value<Value>(_ item: StorageValue<Value>) async throws -> Value? {
        try await value(item.key, as: Value.self)
    }
}
