import PalletRegistry
import PalletTimestamp
import RuntimeSupport

/// The chain's time for pallets that need it (Registry's attestation and endpoint freshness):
/// Timestamp's `Now`, in Unix milliseconds.
struct TimestampClock: UnixTimeReading {
    /// Timestamp's `Now`.
    func unixMilliseconds(in state: inout Overlay) throws(DispatchError) -> UInt64 {
        try Timestamp.Storage.now.value(in: &state)
    }
}
