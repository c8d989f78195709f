/// Why a message was refused or could not be queued.
public enum MessagingError: Swift.Error, Sendable, Hashable, CustomStringConvertible {
    /// The signature is not 64 bytes, or the signer's key is not an sr25519 public key.
    case malformedSignature(sender: MessageOrigin)
    /// The signature does not verify under the sender's key.
    case badSignature(sender: MessageOrigin)
    /// The sequence was already used: the message is a replay or was already accepted.
    case staleSequence(sender: MessageOrigin, expected: UInt64, got: UInt64)
    /// The sequence is ahead: earlier messages of the sender are missing.
    case futureSequence(sender: MessageOrigin, expected: UInt64, got: UInt64)
    /// The topic is empty or starts with a forbidden byte.
    case invalidTopic(Topic)
    /// The sender is not an off-chain origin, so it cannot send signed messages.
    case notOffchain(MessageOrigin)
    /// The egress queue already has a channel for this origin.
    case duplicateChannel(MessageOrigin)
    /// The egress queue has no channel for this origin.
    case unknownChannel(MessageOrigin)
    /// The ingress dispatcher has no such subscription.
    case unknownSubscription(Int)

    /// What was wrong and what to do.
    public var description: String {
        switch self {
        case .malformedSignature(let sender):
            "the message from \(sender) has a malformed signature or signer key; sign with the origin's sr25519 key"
        case .badSignature(let sender):
            "the signature of the message from \(sender) does not verify; sign SCALE(message) ‖ SCALE(sequence) with the origin's key"
        case .staleSequence(let sender, let expected, let got):
            "sequence \(got) from \(sender) was already used (next is \(expected)); drop the message"
        case .futureSequence(let sender, let expected, let got):
            "sequence \(got) from \(sender) is ahead of \(expected); submit the missing messages first"
        case .invalidTopic(let topic):
            "topic \"\(topic)\" is empty or starts with a forbidden character; use a name like phala/system/event"
        case .notOffchain(let origin):
            "\(origin) is not an off-chain origin; only workers, contracts, clusters and the gatekeeper sign messages"
        case .duplicateChannel(let origin):
            "the egress queue already has a channel for \(origin); reuse it"
        case .unknownChannel(let origin):
            "the egress queue has no channel for \(origin); add one with addChannel first"
        case .unknownSubscription(let id):
            "subscription \(id) does not exist; subscribe first"
        }
    }
}
