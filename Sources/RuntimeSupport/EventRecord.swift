public import PhalaPrimitives
public import SCALE

/// One entry of `System.Events`: when it happened, the event, and its topics (frame-system's
/// `EventRecord<RuntimeEvent, H256>`).
///
/// Pallets deposit events already encoded (`EncodedEvent`), so this layer does not need the runtime's
/// event enum; the runtime and clients read records back as `EventRecord<RuntimeEvent>`.
/// SCALE: `Phase ‖ event ‖ Vec<H256>`.
public struct EventRecord<Event: Sendable & Hashable>: Sendable, Hashable {
    /// When in the block the event was deposited.
    public var phase: Phase
    /// The event.
    public var event: Event
    /// Topics for clients that index events; empty for every event this runtime deposits.
    public var topics: [H256]

    /// Creates a record.
    /// - Parameters:
    ///   - phase: when it happened.
    ///   - event: the event.
    ///   - topics: index topics.
    public init(phase: Phase, event: Event, topics: [H256] = []) {
        self.phase = phase
        self.event = event
        self.topics = topics
    }
}

extension EventRecord: ScaleEncodable where Event: ScaleEncodable {
    /// Appends the phase, the event and the topics.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: phase, event, topics)
    }
}

extension EventRecord: ScaleDecodable where Event: ScaleDecodable {
    /// Reads the phase, the event and the topics.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        phase = try decoder.decode()
        event = try decoder.decode()
        topics = try decoder.decode()
    }
}

/// A `RuntimeEvent` already encoded as `pallet index ‖ event index ‖ fields`: what a pallet deposits.
public struct EncodedEvent: Sendable, Hashable, ScaleEncodable {
    /// The encoded outer event.
    public var bytes: [UInt8]

    /// Encodes a pallet's event as the runtime's outer event: the pallet index, then the event.
    /// - Parameters:
    ///   - pallet: the pallet's index in the runtime.
    ///   - event: the pallet's event.
    public init(pallet: UInt8, event: some ScaleEncodable) {
        var encoder = ScaleEncoder()
        encoder.append(byte: pallet)
        encoder.encode(event)
        bytes = encoder.bytes
    }

    /// Appends the bytes as they are.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.append(bytes)
    }
}
