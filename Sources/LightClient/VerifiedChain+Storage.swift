import MerkleTrie
public import PhalaPrimitives

extension VerifiedChain {
    /// Checks storage changes the host claims a verified block made, before the enclave applies them
    /// (the trusted half of pRuntime's `dispatch_blocks`, phala-facts.md §7.4).
    ///
    /// The host provides, for a block of the last verified batch (`recentBlocks`), every changed key
    /// with its new value (`nil`: deleted) and a read proof of exactly those keys at that block, as
    /// `state_getReadProof(keys, blockHash)` or `Trie.generateProof(keys:)` returns it.
    /// - Parameters:
    ///   - block: the block's hash; its state root is the one the proof must match.
    ///   - changes: the changed keys with the values they hold after the block.
    ///   - proof: the encoded trie nodes proving those keys.
    /// - Throws: `VerificationError.unknownBlock` for a block outside `recentBlocks`,
    ///   `.storageProofMismatch(key:)` for the first key whose proven value differs from the claim,
    ///   `.invalidStorageProof` for a proof that is incomplete, padded or malformed.
    public func verifyStorageChanges(
        at block: H256,
        changes: [(key: [UInt8], value: [UInt8]?)],
        proof: [[UInt8]]
    ) throws(VerificationError) {
        guard let verified = recentBlocks.first(where: { $0.hash == block }) else {
            throw .unknownBlock(hash: block)
        }
        do {
            try Trie.verifyProof(root: verified.stateRoot.bytes, proof: proof, items: changes)
        } catch .valueMismatch(let key, _, _) {
            throw .storageProofMismatch(key: key)
        } catch {
            throw .invalidStorageProof(reason: error.description)
        }
    }
}
