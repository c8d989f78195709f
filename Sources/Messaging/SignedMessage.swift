public import PhalaCrypto
public import SCALE

/// A message from an off-chain origin with its place in the sender's sequence and the sender's
/// signature (phala-mq's `SignedMessage`, phala-facts.md §5.1).
///
/// SCALE: `Message ‖ u64 ‖ Vec<u8>`. The signature is sr25519 (Substrate's signing context) over
/// `signedBytes` = SCALE(message) ‖ SCALE(sequence), with no signing-domain prefix: `MqMessage` is the
/// one domain signed unwrapped (§0.4). Workers sign with their identity key, the gatekeepers with the
/// master key (§2.7), clusters and contracts with their own keys.
public struct SignedMessage: Sendable, Hashable {
    /// The message.
    public var message: Message
    /// Its position in the sender's sequence, from 0.
    public var sequence: UInt64
    /// The signature over `signedBytes`, 64 bytes when well formed.
    public var signature: [UInt8]

    /// Wraps a message with its sequence and signature.
    /// - Parameters:
    ///   - message: the message.
    ///   - sequence: its sequence number.
    ///   - signature: the signature bytes.
    public init(message: Message, sequence: UInt64, signature: [UInt8]) {
        self.message = message
        self.sequence = sequence
        self.signature = signature
    }

    /// Signs `message` at `sequence`.
    /// - Parameters:
    ///   - message: the message.
    ///   - sequence: its sequence number.
    ///   - key: the origin's signing key (worker identity key, master key, cluster or contract key).
    /// - Returns: the signed message.
    public static func signing(_ message: Message, sequence: UInt64, with key: Sr25519.KeyPair) -> SignedMessage {
        let signature = key.sign(signedBytes(message: message, sequence: sequence))
        return SignedMessage(message: message, sequence: sequence, signature: signature.bytes)
    }

    /// The bytes the sender signs: SCALE(message) ‖ SCALE(sequence as u64).
    /// - Parameters:
    ///   - message: the message.
    ///   - sequence: its sequence number.
    /// - Returns: the signed bytes.
    public static func signedBytes(message: Message, sequence: UInt64) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: message, sequence)
        return encoder.bytes
    }

    /// The bytes this message's signature covers.
    public var signedBytes: [UInt8] { Self.signedBytes(message: message, sequence: sequence) }

    /// Checks the signature against the sender's public key.
    /// - Parameter publicKey: the 32-byte sr25519 key the origin signs with.
    /// - Throws: `MessagingError.malformedSignature` when the signature is not 64 bytes or the key is
    ///   not a valid sr25519 key, `.badSignature` when it does not verify.
    public func verifySignature(publicKey: [UInt8]) throws(MessagingError) {
        let key: Sr25519.PublicKey
        let parsed: Sr25519.Signature
        do {
            key = try Sr25519.PublicKey(bytes: publicKey)
            parsed = try Sr25519.Signature(bytes: signature)
        } catch {
            throw .malformedSignature(sender: message.sender)
        }
        guard key.verify(parsed, for: signedBytes) else { throw .badSignature(sender: message.sender) }
    }
}

extension SignedMessage: ScaleCodable {
    /// Appends message, sequence and signature.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: message, sequence, signature)
    }

    /// Reads message, sequence and signature.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        message = try decoder.decode()
        sequence = try decoder.decode()
        signature = try decoder.decode()
    }
}
