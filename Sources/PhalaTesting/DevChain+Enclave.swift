public import EnclaveAPI
public import PhalaPrimitives

extension DevChain {
    /// What a worker host sends to initialize an enclave on this chain: genesis and the proof of its
    /// authorities.
    /// - Parameter operator: the worker's operator.
    /// - Returns: the request.
    /// - Throws: `TrieError` when the genesis state is incomplete.
    public func initRequest(operator: AccountId32? = nil) throws -> InitRequest {
        InitRequest(genesis: genesis, genesisProof: try proof(of: ChainStorageKeys.genesisKeys, at: 0), operator: `operator`)
    }

    /// Block `number`'s changes as a worker host sends them: every changed key with its value, a proof of
    /// those keys and of the enclave's watched keys, and the block's accepted off-chain messages.
    /// - Parameter number: the block (1-based).
    /// - Returns: the block's changes.
    /// - Throws: `TrieError` or `ScaleDecodingError` when the stored block is incomplete.
    public func blockChanges(of number: Int) throws -> BlockChanges {
        let changes = storageChanges[number - 1]
        let changed = Set(changes.map(\.key))
        let keys = changes.map(\.key) + ChainStorageKeys.watchedKeys.filter { !changed.contains($0) }
        return BlockChanges(
            blockHash: header(number).hash,
            changes: changes.map { StorageChange(key: $0.key, value: $0.value) },
            proof: try proof(of: keys, at: number),
            offchainMessages: try offchainMessages(in: number)
        )
    }
}
