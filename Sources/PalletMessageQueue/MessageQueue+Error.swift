public import RuntimeSupport

extension MessageQueue {
    /// The message queue's errors (append-only indices; 0–2 as Phala's mq pallet).
    public enum Error: UInt8, PalletError {
        /// The sender is not an off-chain origin (worker, contract, cluster, gatekeeper).
        case badSender = 0
        /// The sequence is not the sender's next one: a replay (lower) or a gap (higher).
        case badSequence = 1
        /// The topic is empty or starts with a forbidden character.
        case badDestination = 2
        /// The signature is malformed or does not verify under the sender's key.
        case badSignature = 3
        /// The sender's key is not registered (an unknown worker, no master key, a cluster or contract).
        case unknownSigner = 4

        /// The case's name in metadata.
        public var name: String {
            switch self {
            case .badSender: "BadSender"
            case .badSequence: "BadSequence"
            case .badDestination: "BadDestination"
            case .badSignature: "BadSignature"
            case .unknownSigner: "UnknownSigner"
            }
        }
    }
}
