public import RuntimeSupport

/// The Utility pallet: several calls in one extrinsic (FRAME's `pallet_utility`, the batch calls).
///
/// ## Overview
/// - `batch` dispatches calls in order and stops at the first failure, keeping what the earlier
///   calls did and reporting `BatchInterrupted`; the extrinsic itself succeeds.
/// - `batch_all` dispatches them in one storage transaction: if one fails, all are undone and the
///   extrinsic fails with that call's error.
/// - `force_batch` dispatches every call, undoing each failed one alone, and reports
///   `BatchCompletedWithErrors` if any failed.
/// Each call runs with the batch's origin. The pallet is generic over the runtime's outer call type.
///
/// ## Assumptions
/// - At most `maxCalls` calls per batch; nesting depth is bounded by the SCALE decoder's depth limit.
///
/// ## Storage
/// None.
public struct Utility<RuntimeCall: Dispatchable>: Pallet {
    /// The pallet's name.
    public static var name: String { "Utility" }
    /// The most calls one batch may carry.
    public static var maxCalls: Int { 1_024 }

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where events go.
    public let events: any EventDepositing

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - events: the event sink (System).
    public init(index: UInt8, events: any EventDepositing) {
        self.index = index
        self.events = events
    }

    /// Utility's errors, with pallet-utility's indices (append-only).
    public enum Error: UInt8, PalletError {
        /// The batch holds more than `maxCalls` calls.
        case tooManyCalls = 0

        /// The case's name in metadata.
        public var name: String { "TooManyCalls" }
    }

    /// Records one of Utility's events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try events.deposit(encodedEvent(event), in: &state)
    }
}
