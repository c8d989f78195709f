public import PhalaCrypto
public import SCALE

/// A 64-byte sr25519 secret encrypted to one worker's ECDH key: Phala's `EncryptedKey`
/// (crates/phala-crypto/src/key_share.rs; phala-facts §1.1 "Secret sharing").
///
/// SCALE, as Phala: `ecdh_pubkey` (32 bytes) ‖ `encrypted_key` (compact length ‖ 80 bytes: AES-256-GCM
/// ciphertext of the 64-byte secret ‖ 16-byte tag) ‖ `iv` (12 bytes).
public struct EncryptedKey: Sendable, Hashable, ScaleCodable {
    /// The sender's one-purpose ECDH public key: the sender's key derived with the sharing salt.
    public let ecdhPublicKey: Sr25519.PublicKey
    /// AES-256-GCM ciphertext and tag, under key `ECDH(sender derived key, recipient ECDH key)`, no AAD.
    public let encryptedKey: [UInt8]
    /// The 12-byte AES-GCM nonce.
    public let iv: [UInt8]

    /// Bundles the three fields (as received from the message queue, or just produced).
    /// - Parameters:
    ///   - ecdhPublicKey: the sender's derived ECDH public key.
    ///   - encryptedKey: ciphertext and tag.
    ///   - iv: 12 nonce bytes.
    public init(ecdhPublicKey: Sr25519.PublicKey, encryptedKey: [UInt8], iv: [UInt8]) {
        self.ecdhPublicKey = ecdhPublicKey
        self.encryptedKey = encryptedKey
        self.iv = iv
    }

    /// Writes the three fields in Phala's order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.append(ecdhPublicKey.bytes)
        encoder.encode(encryptedKey)
        encoder.append(iv)
    }

    /// Reads the three fields.
    /// - Throws: `ScaleDecodingError` when the input ends early or the public key is not a point.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        ecdhPublicKey = try decoder.decodeSr25519PublicKey()
        encryptedKey = try decoder.decode([UInt8].self)
        iv = try decoder.readBytes(AES256GCM.nonceByteCount)
    }
}

extension EncryptedKey {
    /// Encrypts `secret` to `recipient`, as Phala's `encrypt_secret_to`: `d = derive(sender, [info])`,
    /// `shared = ECDH(d, recipient)`, `AES-256-GCM(key: shared, nonce: iv, no AAD)`.
    /// - Parameters:
    ///   - secret: the 64-byte expanded sr25519 secret to share.
    ///   - sender: the key that vouches for the secret (the current master key for master key sharing).
    ///   - info: the sharing salt, e.g. `"master_key_sharing"`.
    ///   - recipient: the receiving worker's ECDH public key.
    ///   - iv: 12 nonce bytes, never reused with the same sender, info and recipient.
    /// - Returns: the encrypted key.
    static func encrypt(
        _ secret: Secret<[UInt8]>,
        from sender: Sr25519.KeyPair,
        info: [UInt8],
        to recipient: Sr25519.PublicKey,
        iv: [UInt8]
    ) -> EncryptedKey {
        let derived = KeyDerivation.derive(sender, info: [info])
        do {
            let sealed = try AES256GCM.seal(
                secret.exposedValue,
                key: derived.sharedSecret(with: recipient),
                nonce: iv
            )
            return EncryptedKey(ecdhPublicKey: derived.publicKey, encryptedKey: sealed, iv: iv)
        } catch {
            preconditionFailure("AES-256-GCM refused a 32-byte ECDH key and a \(iv.count)-byte IV: \(error)")
        }
    }

    /// Decrypts the shared secret with the recipient's identity (its ECDH key).
    /// - Parameter recipient: the worker the key was encrypted to.
    /// - Returns: the shared key pair.
    /// - Throws: `GatekeeperKeyError.notEncryptedToThisWorker` when another key was the recipient or the
    ///   bytes were altered, `.malformedEncryptedKey` when the plaintext is not an sr25519 secret.
    func decrypt(as recipient: WorkerIdentity) throws(GatekeeperKeyError) -> Secret<Sr25519.KeyPair> {
        let secretBytes: [UInt8]
        do {
            secretBytes = try AES256GCM.open(
                encryptedKey,
                key: recipient.sharedSecret(with: ecdhPublicKey).exposedValue,
                nonce: iv
            )
        } catch {
            throw .notEncryptedToThisWorker(recipient.publicKey.bytes)
        }
        do {
            return Secret(try Sr25519.KeyPair(secretKeyBytes: secretBytes))
        } catch {
            throw .malformedEncryptedKey("\(error)")
        }
    }
}
