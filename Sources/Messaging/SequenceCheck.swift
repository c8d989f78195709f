/// The sequence rule every receiver applies: a sender's messages are accepted in order, exactly once.
public enum SequenceCheck {
    /// Checks `message`'s sequence against the next one expected from its sender.
    /// - Parameters:
    ///   - message: the signed message.
    ///   - expected: the next sequence expected from the sender (0 for a new sender).
    /// - Throws: `MessagingError.staleSequence` below `expected` (a replay),
    ///   `.futureSequence` above it (a gap).
    public static func check(_ message: SignedMessage, expected: UInt64) throws(MessagingError) {
        let sender = message.message.sender
        if message.sequence < expected {
            throw .staleSequence(sender: sender, expected: expected, got: message.sequence)
        }
        if message.sequence > expected {
            throw .futureSequence(sender: sender, expected: expected, got: message.sequence)
        }
    }
}
