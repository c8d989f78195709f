import Messaging
import PhalaPrimitives
import Testing

/// The sequence rule of phala-facts.md §5.4: exactly the next sequence is accepted.
@Suite struct SequenceCheckTests {
    static let origin = MessageOrigin.gatekeeper
    static func message(_ sequence: UInt64) -> SignedMessage {
        SignedMessage(
            message: Message(sender: origin, destination: Topic("t"), payload: []),
            sequence: sequence,
            signature: []
        )
    }

    @Test func theExpectedSequenceIsAccepted() throws {
        try SequenceCheck.check(Self.message(4), expected: 4)
    }

    @Test func aLowerSequenceIsStale() {
        #expect(throws: MessagingError.staleSequence(sender: Self.origin, expected: 4, got: 3)) {
            try SequenceCheck.check(Self.message(3), expected: 4)
        }
    }

    @Test func aHigherSequenceIsFuture() {
        #expect(throws: MessagingError.futureSequence(sender: Self.origin, expected: 4, got: 6)) {
            try SequenceCheck.check(Self.message(6), expected: 4)
        }
    }
}
