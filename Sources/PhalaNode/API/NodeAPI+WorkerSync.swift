import JSONRPC
import MerkleTrie
import PhalaPrimitives
import PhalaRuntime
import StateStore

extension NodeAPI {
    /// The longest block range one `pha_getStorageChanges` call returns.
    static let maxStorageChangeRange: BlockNumber = 1000

    /// `pha_getStorageChanges [from, to, keys?]`: what a worker host feeds its enclave, per block from `from`
    /// to its descendant `to` (both included, oldest first):
    /// - `blockHash`;
    /// - `mainStorageChanges` / `childStorageChanges` (Phala's names, camelCase): the block's storage changes;
    /// - `proof` (ours): the trie nodes proving every changed key's new value (or absence), and every key
    ///   of the optional `keys` list (0x-hex storage keys the enclave watches, such as
    ///   `PhalaMq.OutboundMessages`), against that block's state root, so an enclave can check them without
    ///   holding the whole state;
    /// - `offchainMessages` (ours): the hex SCALE `SignedMessage` of every `PhalaMq.sync_offchain_message`
    ///   extrinsic in the block, in block order.
    func registerWorkerSync(in methods: inout RPCMethods) {
        let api = self
        methods.method("pha_getStorageChanges") { params throws(RPCError) in
            let from = try BlockParameter.hash(try params.required(at: 0), at: 0)
            let to = try BlockParameter.hash(try params.required(at: 1), at: 1)
            var watched: [[UInt8]] = []
            if let keys = try params.value(at: 2), keys != .null { watched = try Self.keys(params, at: 2) }
            let hashes = try api.range(from: from, to: to)
            guard hashes.count <= Int(Self.maxStorageChangeRange) else {
                throw .invalidBlockRange(
                    from: from,
                    to: to,
                    "the range is longer than \(Self.maxStorageChangeRange) blocks"
                )
            }
            var blocks: [JSONValue] = []
            for hash in hashes {
                let changes: [(key: [UInt8], value: [UInt8]?)]
                let proof: [[UInt8]]
                let messages: [[UInt8]]
                do {
                    changes = (try api.database.storageChanges(hash: hash) ?? []).map { ($0.key, $0.value) }
                    proof = try api.state(at: hash).generateProof(keys: changes.map(\.key) + watched)
                    messages = try api.runtime.offchainMessages(
                        in: try api.database.block(hash: hash)?.extrinsics ?? []
                    )
                } catch {
                    throw .internalError("reading the storage changes of \(hash): \(error)")
                }
                blocks.append([
                    "blockHash": .hash(hash),
                    "mainStorageChanges": .array(
                        changes.map { .array([.hex($0.key), $0.value.map { .hex($0) } ?? .null]) }
                    ),
                    "childStorageChanges": [],
                    "proof": .array(proof.map { .hex($0) }),
                    "offchainMessages": .array(messages.map { .hex($0) }),
                ])
            }
            return .array(blocks)
        }
    }
}
