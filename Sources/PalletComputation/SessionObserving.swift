public import PhalaPrimitives
public import RuntimeSupport
public import Tokenomics

/// The callbacks of whoever owns the sessions (the stake pools): Phala's `OnUnbound` and `OnReward`.
///
/// The runtime's adapter must not need Computation to answer (it would close a value cycle): the stake
/// pools' settlement part takes the settlements as data.
public protocol SessionObserving: Sendable {
    /// A worker was unbound from its session.
    /// - Parameters:
    ///   - worker: the worker's public key.
    ///   - forced: whether unbinding stopped a computing session.
    ///   - state: the block's state.
    /// - Throws: `DispatchError`, which fails the unbinding.
    func sessionUnbound(worker: FixedBytes<32>, forced: Bool, in state: inout Overlay) throws(DispatchError)

    /// The gatekeepers settled these workers; called with every entry of a report, including those whose
    /// V update was dropped as late (the payout still counts).
    /// - Parameters:
    ///   - rewards: the report's settlements, in order.
    ///   - state: the block's state.
    /// - Throws: `DispatchError`, which fails the whole report.
    func settled(rewards: [SettleInfo], in state: inout Overlay) throws(DispatchError)
}
