public import PhalaCrypto
public import SCALE

/// An enclave's outgoing messages, one signed sequence per origin, kept until the chain has accepted
/// them (phala-mq's `MessageSendQueue`, phala-facts.md §5.3).
///
/// Each channel signs with its origin's key at its next sequence, then advances. The relayer submits
/// `pending(from:)` and reports the chain's next expected sequence (`OffchainIngress`) through
/// `acknowledge(_:nextSequence:)`, which drops what the chain already has; acknowledging the same or
/// an older value again changes nothing, so resubmission after a restart is idempotent.
public struct EgressQueue: Sendable {
    /// One origin's signer and messages.
    struct Channel: Sendable {
        /// The origin's signing key.
        let signer: Sr25519.KeyPair
        /// Sign and count, but drop the message (a silent gatekeeper keeps the shared sequence).
        let dummy: Bool
        /// The sequence the next message gets.
        var nextSequence: UInt64
        /// Messages the chain has not acknowledged, in sequence order.
        var messages: [SignedMessage] = []
    }

    /// Channels by origin.
    private var channels: [MessageOrigin: Channel] = [:]
    /// Origins in the order their channels were added, so `allPending` is deterministic.
    private var origins: [MessageOrigin] = []

    /// Creates an empty queue.
    public init() {}

    /// Adds a channel for `origin`.
    /// - Parameters:
    ///   - origin: the off-chain origin that sends.
    ///   - signer: its key (worker identity key, master key, cluster or contract key).
    ///   - nextSequence: the first sequence to use, normally the chain's `OffchainIngress` for the origin.
    ///   - dummy: count sequences but drop messages (a gatekeeper that is not the one submitting).
    /// - Throws: `MessagingError.notOffchain` for an on-chain origin, `.duplicateChannel` when the
    ///   origin already has one.
    public mutating func addChannel(
        _ origin: MessageOrigin,
        signer: Sr25519.KeyPair,
        nextSequence: UInt64 = 0,
        dummy: Bool = false
    ) throws(MessagingError) {
        guard origin.isOffchain else { throw .notOffchain(origin) }
        guard channels[origin] == nil else { throw .duplicateChannel(origin) }
        channels[origin] = Channel(signer: signer, dummy: dummy, nextSequence: nextSequence)
        origins.append(origin)
    }

    /// Signs and queues one message from `origin`.
    /// - Parameters:
    ///   - payload: the encoded payload.
    ///   - topic: where it goes.
    ///   - origin: who sends it; must have a channel.
    /// - Returns: the signed message, or nil in dummy mode (the sequence still advances).
    /// - Throws: `MessagingError.invalidTopic`, `.unknownChannel`.
    @discardableResult
    public mutating func push(_ payload: [UInt8], to topic: Topic, from origin: MessageOrigin) throws(MessagingError)
        -> SignedMessage?
    {
        guard topic.isValid else { throw .invalidTopic(topic) }
        guard var channel = channels[origin] else { throw .unknownChannel(origin) }
        let message = Message(sender: origin, destination: topic, payload: payload)
        let sequence = channel.nextSequence
        channel.nextSequence += 1
        defer { channels[origin] = channel }
        guard !channel.dummy else { return nil }
        let signed = SignedMessage.signing(message, sequence: sequence, with: channel.signer)
        channel.messages.append(signed)
        return signed
    }

    /// Drops the messages the chain has accepted.
    /// - Parameters:
    ///   - origin: the sender.
    ///   - nextSequence: the chain's next expected sequence for it; messages below it are dropped.
    public mutating func acknowledge(_ origin: MessageOrigin, nextSequence: UInt64) {
        channels[origin]?.messages.removeAll { $0.sequence < nextSequence }
    }

    /// The messages from `origin` that the chain has not acknowledged, in sequence order.
    /// - Parameter origin: the sender.
    /// - Returns: the messages; empty for an unknown origin.
    public func pending(from origin: MessageOrigin) -> [SignedMessage] {
        channels[origin]?.messages ?? []
    }

    /// Every unacknowledged message, channel by channel in the order the channels were added.
    public var allPending: [SignedMessage] { origins.flatMap { pending(from: $0) } }

    /// The sequence `origin`'s next message gets, or nil when it has no channel.
    /// - Parameter origin: the sender.
    /// - Returns: the next sequence.
    public func nextSequence(of origin: MessageOrigin) -> UInt64? { channels[origin]?.nextSequence }
}

extension EgressQueue {
    /// One channel without its signing key: what a checkpoint keeps. SCALE:
    /// `origin ‖ next_sequence u64 ‖ dummy bool ‖ Vec<SignedMessage>`.
    public struct ChannelState: Sendable, Hashable, ScaleCodable {
        /// The sender.
        public var origin: MessageOrigin
        /// The sequence its next message gets.
        public var nextSequence: UInt64
        /// Whether messages are counted but dropped.
        public var dummy: Bool
        /// Its unacknowledged messages, in sequence order.
        public var messages: [SignedMessage]

        /// Appends the fields in declaration order.
        public func encode(to encoder: inout ScaleEncoder) {
            encoder.encode(tuple: origin, nextSequence, dummy, messages)
        }

        /// Reads the fields in declaration order.
        public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
            origin = try decoder.decode()
            nextSequence = try decoder.decode()
            dummy = try decoder.decode()
            messages = try decoder.decode()
        }

        /// Creates a channel state.
        /// - Parameters:
        ///   - origin: the sender.
        ///   - nextSequence: its next sequence.
        ///   - dummy: whether messages are dropped.
        ///   - messages: its pending messages.
        public init(origin: MessageOrigin, nextSequence: UInt64, dummy: Bool, messages: [SignedMessage]) {
            self.origin = origin
            self.nextSequence = nextSequence
            self.dummy = dummy
            self.messages = messages
        }
    }

    /// Every channel's state, in the order the channels were added.
    public var channelStates: [ChannelState] {
        origins.compactMap { origin in
            channels[origin].map {
                ChannelState(origin: origin, nextSequence: $0.nextSequence, dummy: $0.dummy, messages: $0.messages)
            }
        }
    }

    /// Rebuilds a queue from its channel states, taking each channel's key from `signer`.
    /// - Parameters:
    ///   - states: the states, in channel order (as `channelStates` returned them).
    ///   - signer: the key for each origin; nil drops the channel (its key is gone).
    /// - Throws: `MessagingError.notOffchain` or `.duplicateChannel` for states no queue could hold.
    public init(restoring states: [ChannelState], signer: (MessageOrigin) -> Sr25519.KeyPair?) throws(MessagingError) {
        self.init()
        for state in states {
            guard let key = signer(state.origin) else { continue }
            try addChannel(state.origin, signer: key, nextSequence: state.nextSequence, dummy: state.dummy)
            channels[state.origin]?.messages = state.messages
        }
    }

    /// Signs `origin`'s later messages with another key (a gatekeeper after master key rotation).
    /// - Parameters:
    ///   - origin: the sender.
    ///   - signer: the new key.
    /// - Throws: `MessagingError.unknownChannel` when the origin has no channel.
    public mutating func replaceSigner(of origin: MessageOrigin, with signer: Sr25519.KeyPair) throws(MessagingError) {
        guard let channel = channels[origin] else { throw .unknownChannel(origin) }
        channels[origin] = Channel(
            signer: signer,
            dummy: channel.dummy,
            nextSequence: channel.nextSequence,
            messages: channel.messages
        )
    }
}
