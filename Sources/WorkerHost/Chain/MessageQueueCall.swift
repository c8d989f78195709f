public import Messaging
import SCALE

/// Encoded `PhalaMq` calls the host submits for its enclave's egress; PhalaMq is pallet 9.
public enum MessageQueueCall {
    /// PhalaMq's index in the runtime.
    public static let palletIndex: UInt8 = 9
    /// `sync_offchain_message`'s index in the pallet.
    public static let syncOffchainMessageIndex: UInt8 = 0

    /// `PhalaMq.sync_offchain_message(signed_message)`: `09 ‖ 00 ‖ SCALE(SignedMessage)`. It is
    /// submitted unsigned (`ExtrinsicBuilder.unsigned(call:)`): the message's own signature and
    /// sequence protect it, and the pallet validates it in the pool.
    /// - Parameter message: one of the enclave's egress messages.
    /// - Returns: the encoded call.
    public static func syncOffchainMessage(_ message: SignedMessage) -> [UInt8] {
        [palletIndex, syncOffchainMessageIndex] + message.scaleEncoded()
    }
}
