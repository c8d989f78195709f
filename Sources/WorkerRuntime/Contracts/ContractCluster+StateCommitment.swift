import ContractHost
import EnclaveAPI
import PhalaCrypto
import PhalaPrimitives
import RuntimeSupport

extension ContractCluster {
    /// The key that MACs storage roots for `ContractStateSummary`: BLAKE2b-256 of a domain tag and the
    /// cluster's secret key. Every worker of the cluster holds the same key; nobody outside does.
    private var commitmentKey: [UInt8] {
        Hashing.blake2_256(Array("phala/contract-state-commitment".utf8) + key.exposedValue.secretKeyBytes)
    }

    /// What may be said about one of this cluster's contracts, or `nil` when it has no such contract.
    /// - Parameters:
    ///   - contract: the contract's address.
    ///   - blockNumber: the last block whose operations the state includes.
    /// - Returns: the code hash and the keyed commitment to the contract's storage root.
    func stateSummary(of contract: AccountId32, at blockNumber: BlockNumber) -> ContractStateSummary? {
        guard let info = state.contract(at: contract) else { return nil }
        let root = state.storageRoot(of: contract)
        let commitment = Blake2b.hash(root.bytes, outputByteCount: 32, key: commitmentKey)
        return ContractStateSummary(
            contract: contract,
            cluster: id,
            codeHash: info.codeHash,
            blockNumber: blockNumber,
            storageCommitment: H256(FixedBytes(known: commitment))
        )
    }
}
