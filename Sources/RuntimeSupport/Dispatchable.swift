/// The runtime's outer call (`RuntimeCall`), as pallets that carry calls inside their own (Sudo,
/// Utility) see it: decodable, and declaring its cost.
public protocol Dispatchable: PalletCall {}

/// The capability to dispatch the runtime's outer calls, for pallets that carry calls inside their own.
///
/// The runtime conforms and passes itself to Sudo and Utility at dispatch time.
public protocol CallDispatching<Call>: Sendable {
    /// The runtime's outer call.
    associatedtype Call: Dispatchable

    /// Dispatches `call` from `origin`, in a storage transaction: a failing call leaves no writes.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: the call's `DispatchError`.
    func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError)
}
