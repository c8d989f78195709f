public import Messaging
public import RuntimeSupport

/// The capability to publish Computation's messages (Phala's `push_message` for `PhalaComputation`):
/// the runtime backs it with the message queue, which sends them from
/// `MessageOrigin.pallet("PhalaComputation")`.
public protocol ComputationMessagePublishing: Sendable {
    /// Publishes `payload` on `topic` from the Computation pallet in the current block.
    /// - Parameters:
    ///   - payload: the SCALE-encoded message (`SystemEvent` or `GatekeeperEvent`).
    ///   - topic: `phala/system/event` or `phala/gatekeeper/event`.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` for an invalid topic or when the state cannot be read.
    func publish(_ payload: [UInt8], to topic: Topic, in state: inout Overlay) throws(DispatchError)
}
