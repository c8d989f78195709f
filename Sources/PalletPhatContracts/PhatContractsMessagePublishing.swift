public import Messaging
public import PhalaPrimitives
public import RuntimeSupport

/// The capability to publish Phat Contracts' messages: the runtime backs it with the message queue,
/// which sends the pallet's own messages from `MessageOrigin.pallet("PhalaPhatContracts")` (Phala's
/// `push_message`) and users' contract commands from their accounts (Phala's `PhalaMq::push_message`
/// with a signed origin).
public protocol PhatContractsMessagePublishing: Sendable {
    /// Publishes `payload` on `topic` from the Phat Contracts pallet in the current block.
    /// - Parameters:
    ///   - payload: the SCALE-encoded message (`ClusterEvent`, `ClusterOperation`, `ContractOperation`).
    ///   - topic: `phala/cluster/event`, `phala/cluster/key` or `phala/contract/op`.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` for an invalid topic or when the state cannot be read.
    func publish(_ payload: [UInt8], to topic: Topic, in state: inout Overlay) throws(DispatchError)

    /// Publishes `payload` on `topic` from `MessageOrigin.accountId(account)` in the current block.
    /// - Parameters:
    ///   - payload: the user's bytes, passed on unread.
    ///   - topic: a contract's command topic.
    ///   - account: the signing account the message comes from.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` for an invalid topic or when the state cannot be read.
    func publish(_ payload: [UInt8], to topic: Topic, fromAccount account: AccountId32, in state: inout Overlay)
        throws(DispatchError)
}
