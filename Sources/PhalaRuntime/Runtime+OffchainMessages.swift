import PalletMessageQueue
public import SCALE

extension Runtime {
    /// The off-chain messages a block carries, for worker hosts that relay them to enclaves: the
    /// `SignedMessage` of every top-level `PhalaMq.sync_offchain_message` extrinsic, SCALE-encoded, in
    /// block order.
    /// - Parameter extrinsics: the block's extrinsic bodies, as `Block.extrinsics` holds them.
    /// - Returns: the encoded signed messages.
    /// - Throws: `ScaleDecodingError` when a body is not an extrinsic of this runtime (a corrupt block).
    public func offchainMessages(in extrinsics: [[UInt8]]) throws(ScaleDecodingError) -> [[UInt8]] {
        var messages: [[UInt8]] = []
        for body in extrinsics {
            let checked = try decodeExtrinsic(body.scaleEncoded())
            if case .messageQueue(.syncOffchainMessage(let signed)) = checked.call {
                messages.append(signed.scaleEncoded())
            }
        }
        return messages
    }
}
