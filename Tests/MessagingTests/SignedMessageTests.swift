import Messaging
import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

/// Signed messages: layout and signed bytes from phala-facts.md §5.1, signed unwrapped per §0.4 (the MqMessage domain).
@Suite struct SignedMessageTests {
    static let worker = try! Sr25519.KeyPair(miniSecret: [UInt8](repeating: 7, count: 32))
    static let other = try! Sr25519.KeyPair(miniSecret: [UInt8](repeating: 8, count: 32))
    static var origin: MessageOrigin { .worker(try! FixedBytes(worker.publicKey.bytes)) }
    static var message: Message { Message(sender: origin, destination: Topic("t"), payload: [9]) }

    @Test func theSignedBytesAreTheMessageThenTheSequenceUnwrapped() {
        let expected = [0x02] + Self.worker.publicKey.bytes + [0x04, 0x74, 0x04, 0x09] + [5, 0, 0, 0, 0, 0, 0, 0]
        #expect(SignedMessage.signedBytes(message: Self.message, sequence: 5) == expected)
        #expect(Self.message.scaleEncoded() + UInt64(5).scaleEncoded() == expected)
    }

    @Test func aSignedMessageEncodesMessageSequenceAndSignature() throws {
        let signed = SignedMessage(message: Self.message, sequence: 1, signature: [1, 2])
        let expected = Self.message.scaleEncoded() + [1, 0, 0, 0, 0, 0, 0, 0] + [0x08, 1, 2]
        #expect(signed.scaleEncoded() == expected)
        #expect(try SignedMessage(scaleDecoding: expected) == signed)
    }

    @Test func aSignatureVerifiesUnderTheSignersKeyOnly() throws {
        let signed = SignedMessage.signing(Self.message, sequence: 3, with: Self.worker)
        #expect(signed.signature.count == 64)
        try signed.verifySignature(publicKey: Self.worker.publicKey.bytes)
        #expect(throws: MessagingError.badSignature(sender: Self.origin)) {
            try signed.verifySignature(publicKey: Self.other.publicKey.bytes)
        }
    }

    @Test func changingTheSequenceOrPayloadBreaksTheSignature() {
        let signed = SignedMessage.signing(Self.message, sequence: 3, with: Self.worker)
        var resequenced = signed
        resequenced.sequence = 4
        #expect(throws: MessagingError.badSignature(sender: Self.origin)) {
            try resequenced.verifySignature(publicKey: Self.worker.publicKey.bytes)
        }
        var altered = signed
        altered.message.payload = [10]
        #expect(throws: MessagingError.badSignature(sender: Self.origin)) {
            try altered.verifySignature(publicKey: Self.worker.publicKey.bytes)
        }
    }

    @Test func aShortSignatureIsMalformed() {
        let signed = SignedMessage(message: Self.message, sequence: 0, signature: [UInt8](repeating: 0, count: 63))
        #expect(throws: MessagingError.malformedSignature(sender: Self.origin)) {
            try signed.verifySignature(publicKey: Self.worker.publicKey.bytes)
        }
    }
}
