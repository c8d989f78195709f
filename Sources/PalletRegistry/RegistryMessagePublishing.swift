public import Messaging
public import RuntimeSupport

/// The capability to publish Registry's messages to enclaves (Phala's `MessageOriginInfo::push_message`
/// for `PhalaRegistry`): the runtime backs it with the message queue, which sends them from
/// `MessageOrigin.pallet("PhalaRegistry")` in `PhalaMq.OutboundMessages`.
public protocol RegistryMessagePublishing: Sendable {
    /// Publishes `payload` on `topic` from the Registry pallet in the current block.
    /// - Parameters:
    ///   - payload: the SCALE-encoded message (`SystemEvent`, `GatekeeperLaunch`, `GatekeeperChange`).
    ///   - topic: where it goes.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` for an invalid topic or when the state cannot be read.
    func publish(_ payload: [UInt8], to topic: Topic, in state: inout Overlay) throws(DispatchError)
}
