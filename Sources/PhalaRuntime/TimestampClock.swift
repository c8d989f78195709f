import PalletRegistry
import PalletStakePools
import PalletTimestamp
import RuntimeSupport

/// The chain's time for pallets that need it (Registry's attestation freshness, Computation's sessions,
/// the pools' grace periods): Timestamp's `Now`, in Unix milliseconds.
struct TimestampClock: UnixTimeReading {
    /// Timestamp's `Now`.
    func unixMilliseconds(in state: inout Overlay) throws(DispatchError) -> UInt64 {
        try Timestamp.Storage.now.value(in: &state)
    }
}

extension TimestampClock: UnixSecondsReading {
    /// Timestamp's `Now` in whole seconds.
    func unixSeconds(in state: inout Overlay) throws(DispatchError) -> UInt64 {
        try unixMilliseconds(in: &state) / 1_000
    }
}
