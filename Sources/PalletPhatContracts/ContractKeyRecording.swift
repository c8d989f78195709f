public import PhalaPrimitives
public import RuntimeSupport

/// The capability to record the public keys the gatekeepers announce for clusters and the clusters
/// announce for contracts. Phala keeps them in the registry pallet (`registry::ClusterKeys`,
/// `registry::ContractKeys`), where the message queue finds them to check signatures; the runtime backs
/// this with Registry's storage.
public protocol ContractKeyRecording: Sendable {
    /// Records (or replaces) a cluster's public key.
    /// - Parameters:
    ///   - pubkey: the cluster's sr25519 public key.
    ///   - cluster: the cluster's id.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` when the state cannot be written.
    func recordClusterKey(_ pubkey: FixedBytes<32>, for cluster: H256, in state: inout Overlay) throws(DispatchError)

    /// Records (or replaces) a contract's public key.
    /// - Parameters:
    ///   - pubkey: the contract's sr25519 public key.
    ///   - contract: the contract's id.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` when the state cannot be written.
    func recordContractKey(_ pubkey: FixedBytes<32>, for contract: H256, in state: inout Overlay)
        throws(DispatchError)
}
