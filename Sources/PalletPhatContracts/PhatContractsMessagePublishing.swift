public import Messaging
public import RuntimeSupport

/// The capability to publish Phat Contracts' messages (Phala's `push_message` for
/// `PhalaPhatContracts`): the runtime backs it with the message queue, which sends them from
/// `MessageOrigin.pallet("PhalaPhatContracts")`.
public protocol PhatContractsMessagePublishing: Sendable {
    /// Publishes `payload` on `topic` from the Phat Contracts pallet in the current block.
    /// - Parameters:
    ///   - payload: the SCALE-encoded message (`ClusterEvent`).
    ///   - topic: `phala/cluster/event`.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` for an invalid topic or when the state cannot be read.
    func publish(_ payload: [UInt8], to topic: Topic, in state: inout Overlay) throws(DispatchError)
}
