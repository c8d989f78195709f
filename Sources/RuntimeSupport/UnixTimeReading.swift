public import RuntimeSupport

/// The capability to read the chain's current time, for pallets that check timestamps (FRAME's
/// `UnixTime`); the runtime backs it with Timestamp's `Now`.
public protocol UnixTimeReading: Sendable {
    /// The current block's time.
    /// - Parameter state: the block's state.
    /// - Returns: Unix milliseconds.
    /// - Throws: `DispatchError` if the stored time cannot be read.
    func unixMilliseconds(in state: inout Overlay) throws(DispatchError) -> UInt64
}
