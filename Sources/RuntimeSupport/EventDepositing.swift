/// The capability to record an event in the block, which every pallet that emits events needs.
///
/// System implements it (events live in `System.Events` with the current `Phase`); the runtime hands
/// System to pallets through their configuration.
public protocol EventDepositing: Sendable {
    /// Records `event` at the current phase of the block.
    /// - Parameters:
    ///   - event: the encoded outer event (`Pallet.encodedEvent(_:)`).
    ///   - state: the block's state.
    /// - Throws: `DispatchError.unavailable` when the state cannot be read.
    func deposit(_ event: EncodedEvent, in state: inout Overlay) throws(DispatchError)
}
