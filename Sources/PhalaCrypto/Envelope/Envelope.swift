import Crypto

/// Confidential messages to the holder of an X25519 key: ECIES with X25519, HKDF-SHA256 and AES-256-GCM.
///
/// Each envelope uses a fresh ephemeral key, so a sender needs only the recipient's public key, and two
/// envelopes of the same plaintext look unrelated. Layout, version 1 (all sizes in bytes):
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 1 | version, `0x01` |
/// | 1 | 32 | ephemeral X25519 public key of the sender |
/// | 33 | 12 | AES-GCM nonce |
/// | 45 | n | AES-256-GCM ciphertext, as long as the plaintext |
/// | 45 + n | 16 | AES-GCM tag |
///
/// Key schedule: `shared = X25519(ephemeral secret, recipient public)`, rejected when all zero; then
/// `key = HKDF-SHA256(ikm: shared, salt: "phala-envelope-v1", info: "phala-envelope-v1" ‖ ephemeral
/// public ‖ recipient public, length 32)`. The AEAD's associated data is the 45-byte header followed by the
/// caller's associated data, so every header byte and the caller's context are authenticated; the key
/// itself binds the version and both public keys. A new layout gets a new version byte and new labels.
public enum Envelope {
    /// The layout version this code writes and reads.
    public static let version: UInt8 = 1
    /// Bytes before the ciphertext: version, ephemeral public key and nonce.
    static let headerByteCount = 1 + 32 + 12
    /// Bytes of the AES-GCM tag at the end.
    static let tagByteCount = 16
    /// Shortest possible envelope: the header and tag around an empty plaintext.
    public static let minimumByteCount = headerByteCount + tagByteCount
    /// HKDF salt and info prefix; naming the version keeps keys of different layouts apart.
    private static let label = Array("phala-envelope-v1".utf8)

    /// Encrypts `plaintext` so that only the holder of `recipient`'s private key can read it.
    /// - Parameters:
    ///   - plaintext: the message, of any length.
    ///   - recipient: the recipient's X25519 public key.
    ///   - associatedData: context both sides know (for example a request id or contract address); it is
    ///     authenticated but not encrypted or included, and `open` must be given the same bytes.
    /// - Returns: the envelope bytes, `Envelope.minimumByteCount + plaintext.count` long.
    /// - Throws: `EnvelopeError.invalidRecipientKey` when `recipient` is a low-order point.
    public static func seal(
        _ plaintext: [UInt8], to recipient: X25519.PublicKey, associatedData: [UInt8] = []
    ) throws(EnvelopeError) -> [UInt8] {
        try seal(
            plaintext, to: recipient, associatedData: associatedData,
            ephemeralKey: X25519.PrivateKey(), nonce: Array(AES.GCM.Nonce()))
    }

    /// `seal` with the ephemeral key and nonce chosen by the caller, so that tests can pin the layout with a
    /// golden vector. Reusing either across envelopes breaks confidentiality.
    static func seal(
        _ plaintext: [UInt8], to recipient: X25519.PublicKey, associatedData: [UInt8],
        ephemeralKey: X25519.PrivateKey, nonce: [UInt8]
    ) throws(EnvelopeError) -> [UInt8] {
        let ephemeralPublic = ephemeralKey.publicKey
        guard let key = key(secret: ephemeralKey, peer: recipient, ephemeral: ephemeralPublic, recipient: recipient)
        else { throw .invalidRecipientKey }
        let header = [version] + ephemeralPublic.bytes + nonce
        do {
            let box = try AES.GCM.seal(
                plaintext, using: key, nonce: try AES.GCM.Nonce(data: nonce), authenticating: header + associatedData)
            return header + Array(box.ciphertext) + Array(box.tag)
        } catch {
            preconditionFailure("AES-GCM sealing failed with a 32-byte key and 12-byte nonce: \(error)")
        }
    }

    /// Decrypts and authenticates an envelope made by `seal`.
    /// - Parameters:
    ///   - envelope: the bytes `seal` returned.
    ///   - recipient: the private key whose public key the envelope was sealed to.
    ///   - associatedData: the same context bytes the sender passed to `seal`.
    /// - Returns: the plaintext.
    /// - Throws: `EnvelopeError.truncated` or `.unsupportedVersion` for a malformed envelope,
    ///   `.invalidEphemeralKey` for a forged one, `.authenticationFailed` when anything was altered or the
    ///   key or associated data is wrong.
    public static func open(
        _ envelope: [UInt8], with recipient: X25519.PrivateKey, associatedData: [UInt8] = []
    ) throws(EnvelopeError) -> [UInt8] {
        guard let first = envelope.first else { throw .truncated(length: 0, minimum: minimumByteCount) }
        guard first == version else { throw .unsupportedVersion(first) }
        guard envelope.count >= minimumByteCount else {
            throw .truncated(length: envelope.count, minimum: minimumByteCount)
        }
        let ephemeralPublic: X25519.PublicKey
        do {
            ephemeralPublic = try X25519.PublicKey(bytes: Array(envelope[1..<33]))
        } catch {
            preconditionFailure("a 32-byte slice was rejected as an X25519 public key")
        }
        guard
            let key = key(
                secret: recipient, peer: ephemeralPublic, ephemeral: ephemeralPublic, recipient: recipient.publicKey)
        else { throw .invalidEphemeralKey }
        let header = Array(envelope[..<headerByteCount])
        let tagStart = envelope.count - tagByteCount
        do {
            let box = try AES.GCM.SealedBox(
                nonce: try AES.GCM.Nonce(data: envelope[33..<headerByteCount]),
                ciphertext: envelope[headerByteCount..<tagStart], tag: envelope[tagStart...])
            return Array(try AES.GCM.open(box, using: key, authenticating: header + associatedData))
        } catch {
            throw .authenticationFailed
        }
    }

    /// The AES key for one envelope, or `nil` when the shared secret is all zeros (a low-order point).
    private static func key(
        secret: X25519.PrivateKey, peer: X25519.PublicKey, ephemeral: X25519.PublicKey, recipient: X25519.PublicKey
    ) -> SymmetricKey? {
        guard let shared = try? secret.cryptoKey.sharedSecretFromKeyAgreement(with: peer.cryptoKey) else { return nil }
        let sharedBytes = shared.withUnsafeBytes { Array($0) }
        guard sharedBytes.reduce(0, { $0 | $1 }) != 0 else { return nil }
        return HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: sharedBytes), salt: label,
            info: label + ephemeral.bytes + recipient.bytes, outputByteCount: 32)
    }
}
