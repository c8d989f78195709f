public import SCALE

/// One message: who sent it, the topic it goes to, and its SCALE-encoded payload (phala-mq's
/// `Message`). SCALE: `MessageOrigin ‖ Topic ‖ Vec<u8>`.
public struct Message: Sendable, Hashable {
    /// Who sent it.
    public var sender: MessageOrigin
    /// The topic it is published on.
    public var destination: Topic
    /// The payload, SCALE-encoded by the topic's own type.
    public var payload: [UInt8]

    /// Creates a message.
    /// - Parameters:
    ///   - sender: who sends it.
    ///   - destination: its topic.
    ///   - payload: the encoded payload.
    public init(sender: MessageOrigin, destination: Topic, payload: [UInt8]) {
        self.sender = sender
        self.destination = destination
        self.payload = payload
    }
}

extension Message: ScaleCodable {
    /// Appends sender, destination and payload.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: sender, destination, payload)
    }

    /// Reads sender, destination and payload.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        sender = try decoder.decode()
        destination = try decoder.decode()
        payload = try decoder.decode()
    }
}
