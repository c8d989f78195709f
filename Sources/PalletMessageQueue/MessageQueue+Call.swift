public import Messaging
public import RuntimeSupport
public import SCALE

extension MessageQueue {
    /// The message queue's calls, with Phala's call index.
    public enum Call: PalletCall {
        /// Index 0, `sync_offchain_message{signed_message}`: accept an off-chain sender's next message.
        /// Unsigned: the message's own signature and sequence protect it.
        case syncOffchainMessage(signedMessage: SignedMessage)

        /// The call's name in metadata.
        public var name: String { "sync_offchain_message" }

        /// A fixed weight, normal class, no fee (the extrinsic is unsigned, so nobody could pay one).
        public var dispatchInfo: DispatchInfo {
            DispatchInfo(weight: Weights.syncOffchainMessage, dispatchClass: .normal, paysFee: .no)
        }
    }

    /// The message queue's weights, pinned by tests.
    public enum Weights {
        /// `sync_offchain_message`: a signature check, two storage writes, the handlers: 100 µs.
        public static var syncOffchainMessage: Weight { Weight(refTime: 100_000_000, proofSize: 3_593) }
        /// `on_initialize`: clearing `OutboundMessages`, one write: 5 µs.
        public static var onInitialize: Weight { Weight(refTime: 5_000_000, proofSize: 0) }
    }

    /// Dispatches one of the message queue's calls.
    ///
    /// Failure conditions: a signed or root origin — `DispatchError.badOrigin`; an on-chain sender —
    /// `BadSender`; an invalid topic — `BadDestination`; an unknown signer — `UnknownSigner`; a
    /// signature that does not verify — `BadSignature`; a sequence other than the sender's next —
    /// `BadSequence`.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it; must be none (unsigned).
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        try origin.ensureNone()
        switch call {
        case .syncOffchainMessage(let signed):
            if let refusal = try authenticate(signed, in: &state) { throw dispatchError(refusal) }
            let sender = signed.message.sender
            let expected = try Storage.offchainIngress.value(sender, in: &state)
            guard signed.sequence == expected else { throw dispatchError(Error.badSequence) }
            Storage.offchainIngress.insert(expected + 1, for: sender, in: &state)
            try route(signed.message, in: &state)
            try deposit(
                .messageReceived(sender: sender, topic: signed.message.destination, sequence: signed.sequence),
                in: &state
            )
        }
    }
}

extension MessageQueue.Call: ScaleCodable {
    /// Appends the call index and the signed message.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .syncOffchainMessage(let signed):
            encoder.encode(variantIndex: 0)
            encoder.encode(signed)
        }
    }

    /// Reads one call; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .syncOffchainMessage(signedMessage: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: MessageQueue.Call.self)
        }
    }
}
