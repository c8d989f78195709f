public import Messaging
public import SCALE

extension MessageQueue {
    /// The message queue's events.
    public enum Event: Sendable, Hashable {
        /// Index 0, `MessageReceived{sender, topic, sequence}`: an off-chain message was accepted.
        case messageReceived(sender: MessageOrigin, topic: Topic, sequence: UInt64)

        /// The variant's name in metadata.
        public var name: String { "MessageReceived" }
    }
}

extension MessageQueue.Event: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .messageReceived(let sender, let topic, let sequence):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: sender, topic, sequence)
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0:
            self = .messageReceived(
                sender: try decoder.decode(),
                topic: try decoder.decode(),
                sequence: try decoder.decode()
            )
        default: throw decoder.unknownVariant(variant, of: MessageQueue.Event.self)
        }
    }
}
