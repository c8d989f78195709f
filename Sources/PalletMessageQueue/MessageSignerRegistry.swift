public import PhalaPrimitives
public import RuntimeSupport

/// Who may sign messages for the chain: the registered workers' identity keys and the gatekeepers'
/// master public key. The runtime wires the registry pallet here; `GenesisMessageSigners` serves
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
}
