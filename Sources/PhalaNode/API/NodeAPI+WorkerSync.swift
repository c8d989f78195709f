import JSONRPC
import MerkleTrie
import PhalaPrimitives
import StateStore

extension NodeAPI {
    /// The longest block range one `pha_getStorageChanges` call returns.
    static let maxStorageChangeRange: BlockNumber = 1000

    /// `pha_getStorageChanges [from, to]`: what a worker host feeds its enclave, per block from `from` to its
    /// descendant `to` (both included, oldest first): the block's storage changes (Phala's
    /// `mainStorageChanges` / `childStorageChanges`, camelCase) and, our addition, `proof`: the trie nodes
    /// proving every changed key's new value (or absence) against that block's state root, so an enclave
    /// can check them without holding the whole state.
    func registerWorkerSync(in methods: inout RPCMethods) {
        let api = self
        methods.method("pha_getStorageChanges") { params throws(RPCError) in
            let from = try BlockParameter.hash(try params.required(at: 0), at: 0)
            let to = try BlockParameter.hash(try params.required(at: 1), at: 1)
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
                do {
                    changes = (try api.database.storageChanges(hash: hash) ?? []).map { ($0.key, $0.value) }
                    proof = try api.state(at: hash).generateProof(keys: changes.map(\.key))
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
                ])
            }
            return .array(blocks)
        }
    }
}
