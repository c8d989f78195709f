import JSONRPC
public import PhalaPrimitives

/// The reads a worker host needs to feed an enclave: storage proofs and per-block storage changes.
extension Client {
    /// Trie nodes proving the values (or absence) of `keys` at block `hash` (`state_getReadProof`).
    /// - Parameters:
    ///   - keys: the full storage keys.
    ///   - hash: the block whose state root the proof is against; `nil` for the best block.
    /// - Returns: the proof's trie nodes.
    /// - Throws: `ClientError` when the call fails or the reply has no `proof` list of hex strings.
    public func readProof(keys: [[UInt8]], at hash: H256? = nil) async throws(ClientError) -> [[UInt8]] {
        let method = "state_getReadProof"
        var params: [JSONValue] = [.array(keys.map { .string(Hex.encode($0)) })]
        if let hash { params.append(.string(hash.description)) }
        guard let nodes = try await request(method, params).member("proof", in: method).array else {
            throw .malformedResponse(method, "proof is not an array")
        }
        var proof: [[UInt8]] = []
        for node in nodes { proof.append(try node.hexBytes(in: method)) }
        return proof
    }

    /// The storage changes of the blocks from `from` to its descendant `to`, both included, oldest first,
    /// each with a proof of its changed keys and of `extraKeys` (`pha_getStorageChanges`, Phala's worker
    /// sync call with our `proof` and `offchainMessages` additions).
    /// - Parameters:
    ///   - from: the first block.
    ///   - to: the last block.
    ///   - extraKeys: keys to prove at every block whether they changed or not; empty sends no third parameter.
    /// - Returns: one entry per block.
    /// - Throws: `ClientError`: `.server` when the node refuses the range (too long, unknown blocks), or
    ///   `.malformedResponse`.
    public func storageChanges(from: H256, to: H256, extraKeys: [[UInt8]] = []) async throws(ClientError)
        -> [BlockStorageChanges]
    {
        let method = "pha_getStorageChanges"
        var params: [JSONValue] = [.string(from.description), .string(to.description)]
        if !extraKeys.isEmpty { params.append(.array(extraKeys.map { .string(Hex.encode($0)) })) }
        guard let entries = try await request(method, params).array else {
            throw .malformedResponse(method, "expected an array of blocks")
        }
        var blocks: [BlockStorageChanges] = []
        for entry in entries { blocks.append(try BlockStorageChanges(json: entry)) }
        return blocks
    }
}
