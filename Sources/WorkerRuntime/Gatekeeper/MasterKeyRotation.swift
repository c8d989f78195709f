public import PhalaCrypto
public import SCALE

/// One gatekeeper's proposal for a new master key, encrypted to every gatekeeper: Phala's
/// `BatchRotateMasterKeyEvent` (phala-facts §2.4). Every gatekeeper proposes; the first on chain wins and
/// all of them apply that one.
///
/// The signature is the sender's identity key over `SigningDomain.masterKeyRotation.wrap(SCALE(rotation
/// id u64, secret keys as a BTreeMap (compact count, then (public key 32 bytes, EncryptedKey) pairs in
/// ascending key-byte order), sender 32 bytes))`. SCALE of the whole message is that payload followed
/// by the 64 signature bytes.
public struct MasterKeyRotation: Sendable, Hashable, ScaleCodable {
    /// The rotation this key is for (the chain's `RotationCounter`, from 1).
    public let rotationID: UInt64
    /// The new key encrypted to each gatekeeper's ECDH key, by identity key, ascending by key bytes.
    public let secretKeys: [Recipient]
    /// The proposing gatekeeper's identity key.
    public let sender: Sr25519.PublicKey
    /// The sender's signature over `signedPayload`.
    public let signature: Sr25519.Signature

    /// The new key encrypted to one gatekeeper.
    public struct Recipient: Sendable, Hashable {
        /// The gatekeeper's identity key.
        public let identity: Sr25519.PublicKey
        /// The new master key's secret encrypted to that gatekeeper's ECDH key.
        public let encryptedKey: EncryptedKey
    }

    init(rotationID: UInt64, secretKeys: [Recipient], sender: Sr25519.PublicKey, signature: Sr25519.Signature) {
        self.rotationID = rotationID
        self.secretKeys = secretKeys.sorted { $0.identity.bytes.lexicographicallyPrecedes($1.identity.bytes) }
        self.sender = sender
        self.signature = signature
    }

    /// The bytes the sender signs (inside the `masterKeyRotation` domain).
    static func signedPayload(rotationID: UInt64, secretKeys: [Recipient], sender: Sr25519.PublicKey) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(rotationID)
        encoder.encode(compactLength: secretKeys.count)
        for recipient in secretKeys.sorted(by: { $0.identity.bytes.lexicographicallyPrecedes($1.identity.bytes) }) {
            encoder.append(recipient.identity.bytes)
            encoder.encode(recipient.encryptedKey)
        }
        encoder.append(sender.bytes)
        return encoder.bytes
    }

    /// Whether `signature` is the sender's over this rotation.
    var hasValidSignature: Bool {
        sender.verify(
            signature,
            for: SigningDomain.masterKeyRotation.wrap(
                Self.signedPayload(rotationID: rotationID, secretKeys: secretKeys, sender: sender)
            )
        )
    }

    /// Writes the signed payload, then the signature.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.append(Self.signedPayload(rotationID: rotationID, secretKeys: secretKeys, sender: sender))
        encoder.append(signature.bytes)
    }

    /// Reads a rotation; the signature is checked when it is applied, not here.
    /// - Throws: `ScaleDecodingError` for truncated or malformed input.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let rotationID: UInt64 = try decoder.decode()
        let count = try decoder.decodeCompactLength()
        var secretKeys: [Recipient] = []
        for _ in 0..<count {
            let identity = try decoder.decodeSr25519PublicKey()
            secretKeys.append(Recipient(identity: identity, encryptedKey: try decoder.decode()))
        }
        let sender = try decoder.decodeSr25519PublicKey()
        let signatureBytes = try decoder.readBytes(64)
        do {
            self.init(
                rotationID: rotationID,
                secretKeys: secretKeys,
                sender: sender,
                signature: try Sr25519.Signature(bytes: signatureBytes)
            )
        } catch {
            preconditionFailure("64 bytes were rejected as an sr25519 signature: \(error)")
        }
    }
}
