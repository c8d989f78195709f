public import PhalaPrimitives
public import RuntimeSupport

/// Who may sign messages for the chain: the registered workers' identity keys, the gatekeepers'
/// master public key, and the clusters' and contracts' public keys (registry.rs `check_message`,
/// phala-facts.md §5.4). The runtime wires the registry pallet here; `GenesisMessageSigners` serves
/// until it exists.
public protocol MessageSignerRegistry: Sendable {
    /// Whether `key` is a registered worker's identity key.
    /// - Parameters:
    ///   - key: the sr25519 public key from `MessageOrigin.worker`.
    ///   - state: the block's state.
    /// - Returns: true when the worker is registered.
    /// - Throws: `DispatchError` when the state cannot be read.
    func isRegisteredWorker(_ key: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> Bool

    /// The gatekeepers' master public key, which signs `MessageOrigin.gatekeeper` messages.
    /// - Parameter state: the block's state.
    /// - Returns: the key, or nil before the first gatekeeper has generated it.
    /// - Throws: `DispatchError` when the state cannot be read.
    func gatekeeperKey(in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>?

    /// The public key of a cluster, which signs `MessageOrigin.cluster` messages.
    /// - Parameters:
    ///   - cluster: the cluster's id from `MessageOrigin.cluster`.
    ///   - state: the block's state.
    /// - Returns: the key, or nil before the gatekeepers have announced it.
    /// - Throws: `DispatchError` when the state cannot be read.
    func clusterKey(_ cluster: H256, in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>?

    /// The public key of a contract, which signs `MessageOrigin.contract` messages.
    /// - Parameters:
    ///   - contract: the contract's id from `MessageOrigin.contract`.
    ///   - state: the block's state.
    /// - Returns: the key, or nil before its cluster has announced it.
    /// - Throws: `DispatchError` when the state cannot be read.
    func contractKey(_ contract: H256, in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>?
}
