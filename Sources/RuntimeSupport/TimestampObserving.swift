/// The capability to react when the block's timestamp is set, for pallets that tie time to
/// consensus (FRAME's `OnTimestampSet`; Aura checks the timestamp against the slot).
public protocol TimestampObserving: Sendable {
    /// Called after the Timestamp inherent stored the block's time.
    /// - Parameters:
    ///   - moment: the block's time in Unix milliseconds.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` when the time is inconsistent, which makes the block invalid.
    func timestampSet(_ moment: UInt64, in state: inout Overlay) throws(DispatchError)
}
