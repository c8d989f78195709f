import PalletTimestamp
import PhalaPrimitives
import SCALE

extension Runtime {
    /// The inherent extrinsics an author puts first in the block of `slot`: today only `Timestamp.set`
    /// with the slot's start time (`slot × slotDuration`), which Aura requires.
    /// - Parameter slot: the block's Aura slot.
    /// - Returns: the unsigned extrinsics, each with its length prefix, in block order.
    public func inherents(slot: UInt64) -> [[UInt8]] {
        let now = slot &* configuration.slotDuration
        return [
            UncheckedExtrinsic(signature: nil, call: RuntimeCall.timestamp(.set(now: now)).scaleEncoded())
                .scaleEncoded()
        ]
    }
}
