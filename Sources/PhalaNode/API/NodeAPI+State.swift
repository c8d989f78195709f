import JSONRPC
import MerkleTrie
import PhalaPrimitives
import PhalaRuntime

extension NodeAPI {
    /// The most keys one `state_getKeysPaged` call returns (Substrate's `STORAGE_KEYS_PAGED_MAX_COUNT`).
    static let maxKeysPerPage: UInt64 = 1000

    /// The `state_` methods: runtime version, metadata, storage reads, key paging, read proofs and
    /// runtime API calls, each at a given block or the best one.
    func registerState(in methods: inout RPCMethods) {
        let api = self
        methods.method("state_getRuntimeVersion", aliases: ["chain_getRuntimeVersion"]) { params throws(RPCError) in
            _ = try api.existingHeader(try api.blockHash(params, at: 0))
            return .runtimeVersion(Runtime.version)
        }
        methods.method("state_getMetadata") { params throws(RPCError) in
            _ = try api.existingHeader(try api.blockHash(params, at: 0))
            return .hex(api.runtime.encodedMetadata)
        }
        methods.method("state_getStorage", aliases: ["state_getStorageAt"]) { params throws(RPCError) in
            try api.storageValue(params).map { JSONValue.hex($0) } ?? .null
        }
        methods.method("state_getStorageHash", aliases: ["state_getStorageHashAt"]) { params throws(RPCError) in
            try api.storageValue(params).map { JSONValue.hash(H256.blake2_256(of: $0)) } ?? .null
        }
        methods.method("state_getStorageSize", aliases: ["state_getStorageSizeAt"]) { params throws(RPCError) in
            try api.storageValue(params).map { JSONValue.integer(Int64($0.count)) } ?? .null
        }
        methods.method("state_getKeysPaged", aliases: ["state_getKeysPagedAt"]) { params throws(RPCError) in
            let prefix = try params.optionalHexBytes(at: 0) ?? []
            let count = try params.unsignedInteger(at: 1)
            guard count <= Self.maxKeysPerPage else {
                throw RPCError(
                    code: 4002,
                    message: "count exceeds maximum value. value: \(count), max: \(Self.maxKeysPerPage)"
                )
            }
            let start = try params.optionalHexBytes(at: 2)
            let state = try api.state(at: try api.blockHash(params, at: 3))
            do {
                return .array(try state.keys(prefix: prefix, startingAfter: start, limit: Int(count)).map { .hex($0) })
            } catch {
                throw .internalError("reading the state: \(error)")
            }
        }
        methods.method("state_queryStorageAt") { params throws(RPCError) in
            let keys = try Self.keys(params, at: 0)
            let hash = try api.blockHash(params, at: 1)
            let state = try api.state(at: hash)
            var changes: [(key: [UInt8], value: [UInt8]?)] = []
            for key in keys { changes.append((key, try api.read(key, in: state))) }
            return [.changeSet(block: hash, changes: changes)]
        }
        methods.method("state_getReadProof") { params throws(RPCError) in
            let keys = try Self.keys(params, at: 0)
            let hash = try api.blockHash(params, at: 1)
            let state = try api.state(at: hash)
            do {
                return ["at": .hash(hash), "proof": .array(try state.generateProof(keys: keys).map { .hex($0) })]
            } catch {
                throw .internalError("reading the state: \(error)")
            }
        }
        methods.method("state_call", aliases: ["state_callAt"]) { params throws(RPCError) in
            let method = try params.string(at: 0)
            let arguments = try params.hexBytes(at: 1)
            let state = try api.state(at: try api.blockHash(params, at: 2))
            return .hex(try api.call(method, arguments: arguments, state: state))
        }
    }

    /// The value under the key at position 0 in the state of the block at position 1 (or the best).
    func storageValue(_ params: Params) throws(RPCError) -> [UInt8]? {
        let key = try params.hexBytes(at: 0)
        return try read(key, in: try state(at: try blockHash(params, at: 1)))
    }

    /// The value under `key` in `state`, nil when absent.
    func read(_ key: [UInt8], in state: Trie) throws(RPCError) -> [UInt8]? {
        do { return try state.value(forKey: key) } catch { throw .internalError("reading the state: \(error)") }
    }

    /// Runs a runtime API method on `state`; failures are Substrate's 4003 client errors.
    func call(_ method: String, arguments: [UInt8], state: Trie) throws(RPCError) -> [UInt8] {
        do {
            return try runtime.call(method, arguments: arguments, state: state)
        } catch {
            throw .clientError("Execution failed: \(error)")
        }
    }

    /// The list of storage keys (hex strings) at `position`.
    /// - Throws: -32602 when it is not an array of `0x`-prefixed hex strings.
    static func keys(_ params: Params, at position: Int) throws(RPCError) -> [[UInt8]] {
        var keys: [[UInt8]] = []
        for (index, element) in try params.array(at: position).enumerated() {
            guard let text = element.string, let key = BlockParameter.hexBytes(text) else {
                throw .invalidParams(
                    "expected an array of 0x-prefixed hex storage keys at position \(position), element \(index) is \(BlockParameter.describe(element))"
                )
            }
            keys.append(key)
        }
        return keys
    }
}
