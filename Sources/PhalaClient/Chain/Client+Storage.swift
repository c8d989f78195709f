import JSONRPC
public import PhalaPrimitives
import SCALE

extension Client {
    /// The raw value stored under `key` (`state_getStorage`).
    /// - Parameters:
    ///   - key: the full storage key.
    ///   - hash: the block to read at; `nil` for the best block.
    /// - Returns: the SCALE-encoded value, or `nil` when the key has no value.
    /// - Throws: `ClientError` when the call fails or the reply is neither hex nor `null`.
    public func storage(_ key: [UInt8], at hash: H256? = nil) async throws(ClientError) -> [UInt8]? {
        var params: [JSONValue] = [.string(Hex.encode(key))]
        if let hash { params.append(.string(hash.description)) }
        let reply = try await request("state_getStorage", params)
        return reply.isNull ? nil : try reply.hexBytes(in: "state_getStorage")
    }

    /// An account's nonce and balances from `System.Account`.
    /// - Parameters:
    ///   - account: the account.
    ///   - hash: the block to read at; `nil` for the best block.
    /// - Returns: the record; `AccountInfo.empty` for an account the chain has never seen.
    /// - Throws: `ClientError` when the call fails or the stored value is not exactly an `AccountInfo`.
    public func accountInfo(of account: AccountId32, at hash: H256? = nil) async throws(ClientError) -> AccountInfo {
        guard let bytes = try await storage(StorageKey.systemAccount(account), at: hash) else { return .empty }
        do { return try AccountInfo(scaleDecoding: bytes) } catch {
            throw .malformedResponse("state_getStorage", "System.Account is not an AccountInfo: \(error)")
        }
    }

    /// The nonce the account's next transaction should carry, counting transactions already in the
    /// node's pool (`system_accountNextIndex`).
    /// - Parameter account: the account.
    /// - Returns: the next nonce.
    /// - Throws: `ClientError` when the call fails or the reply is not a u32.
    public func accountNextIndex(of account: AccountId32) async throws(ClientError) -> UInt32 {
        let reply = try await request("system_accountNextIndex", [.string(account.ss58)])
        guard let value = reply.uint64, let nonce = UInt32(exactly: value) else {
            throw .malformedResponse("system_accountNextIndex", "expected a u32 nonce, got \(reply)")
        }
        return nonce
    }

    /// The raw `System.Events` value at block `hash`: SCALE `Vec<EventRecord>` for the runtime's
    /// event type to decode (PhalaRuntime's `[EventRecord<RuntimeEvent>]`).
    /// - Parameter hash: the block whose events to read.
    /// - Returns: the encoded records; an absent value reads as the empty vector `[0x00]`.
    /// - Throws: `ClientError` when the call fails.
    public func events(at hash: H256) async throws(ClientError) -> [UInt8] {
        try await storage(StorageKey.systemEvents, at: hash) ?? [0]
    }
}
