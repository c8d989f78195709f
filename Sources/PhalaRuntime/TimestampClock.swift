import PalletRegistry
import PalletTimestamp
import RuntimeSupport

/// The chain's time for pallets that need it (Registry's attestation freshness): Timestamp's `Now`,
/// which is in milliseconds, as whole Unix seconds.
struct TimestampClock: UnixTimeReading {
    /// Timestamp's `Now` divided by 1000.
    func unixSeconds(in state: inout Overlay) throws(DispatchError) -> UInt64 {
        try Timestamp.Storage.now.value(in: &state) / 1_000
    }
}
