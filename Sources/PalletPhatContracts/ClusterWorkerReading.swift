public import PhalaPrimitives
public import RuntimeSupport

/// The capability to read a registered worker's keys, for the workers listed in `add_cluster` (Phala
/// reads `registry::Workers` directly); the runtime backs it with Registry's storage.
public protocol ClusterWorkerReading: Sendable {
    /// The registered worker's identity and ECDH keys.
    /// - Parameters:
    ///   - pubkey: the worker's identity key.
    ///   - state: the block's state.
    /// - Returns: the worker's keys; nil when the worker is not registered.
    /// - Throws: `DispatchError` when the state cannot be read.
    func identity(of pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> WorkerIdentity?
}
