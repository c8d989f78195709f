public import RuntimeSupport

/// The Timestamp pallet: the block's time, set once per block by an inherent (FRAME's
/// `pallet_timestamp`).
///
/// ## Overview
/// The block author puts `Timestamp.set(now)` first in every block, unsigned. The time must be at
/// least `minimumPeriod` after the parent's; observers (Aura) then check it against the slot. A block
/// without the inherent is invalid.
///
/// ## Terminology
/// - *Moment*: Unix time in milliseconds (u64).
///
/// ## Assumptions
/// - Checking the time against the local clock (at most 30 s ahead) is the importer's job, not the
///   runtime's: the runtime has no clock.
///
/// ## Storage (prefix `"Timestamp"`)
/// - `Now`: `u64`, the current block's time, default 0.
/// - `DidUpdate`: `bool`, whether the inherent ran in this block, default false.
public struct Timestamp: Pallet {
    /// The pallet's name and storage prefix.
    public static let name = "Timestamp"

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Pallets told when the time is set.
    public let observers: [any TimestampObserving]
    /// The pallet's constants.
    public let configuration: Configuration

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - observers: pallets to tell when the time is set (Aura).
    ///   - configuration: its constants.
    public init(index: UInt8, observers: [any TimestampObserving], configuration: Configuration) {
        self.index = index
        self.observers = observers
        self.configuration = configuration
    }

    /// Checks that the inherent ran, and clears the flag for the next block.
    ///
    /// Failure condition: no `set` in the block — `DispatchError.other`, which makes the block invalid.
    public func onFinalize(_ number: UInt32, in state: inout Overlay) throws(DispatchError) {
        guard try Storage.didUpdate.take(in: &state) == true else {
            throw .other("Timestamp must be updated once in the block")
        }
    }
}
