import Crypto

/// AES-256-GCM with a caller-chosen key and nonce: for formats whose bytes are fixed elsewhere (Phala's
/// key sharing, sealed storage). Prefer `Envelope` when you only need to send to a public key.
///
/// The nonce must never repeat under one key; the caller owns that rule.
public enum AES256GCM {
    /// Bytes of a key.
    public static let keyByteCount = 32
    /// Bytes of a nonce (GCM's IV).
    public static let nonceByteCount = 12
    /// Bytes of the authentication tag appended to the ciphertext.
    public static let tagByteCount = 16

    /// Encrypts and authenticates `plaintext`.
    /// - Parameters:
    ///   - plaintext: the bytes to encrypt.
    ///   - key: 32 key bytes.
    ///   - nonce: 12 nonce bytes, unique per key.
    ///   - associatedData: bytes authenticated but not encrypted; `open` needs the same ones.
    /// - Returns: the ciphertext followed by the 16-byte tag.
    /// - Throws: `AES256GCM.Error.invalidKeyLength` or `.invalidNonceLength`.
    public static func seal(
        _ plaintext: [UInt8],
        key: [UInt8],
        nonce: [UInt8],
        associatedData: [UInt8] = []
    ) throws(AES256GCM.Error) -> [UInt8] {
        let (symmetricKey, gcmNonce) = try parameters(key: key, nonce: nonce)
        do {
            let box = try AES.GCM.seal(plaintext, using: symmetricKey, nonce: gcmNonce, authenticating: associatedData)
            return Array(box.ciphertext) + Array(box.tag)
        } catch {
            preconditionFailure("AES-GCM sealing failed with a 32-byte key and 12-byte nonce: \(error)")
        }
    }

    /// Checks and decrypts what `seal` produced.
    /// - Parameters:
    ///   - sealed: the ciphertext followed by the 16-byte tag.
    ///   - key: the 32 key bytes used to seal.
    ///   - nonce: the 12 nonce bytes used to seal.
    ///   - associatedData: the associated data used to seal.
    /// - Returns: the plaintext.
    /// - Throws: `.invalidKeyLength`, `.invalidNonceLength`, `.truncated` when shorter than a tag,
    ///   `.authenticationFailed` when the bytes, key, nonce or associated data differ from the sealer's.
    public static func open(
        _ sealed: [UInt8],
        key: [UInt8],
        nonce: [UInt8],
        associatedData: [UInt8] = []
    ) throws(AES256GCM.Error) -> [UInt8] {
        let (symmetricKey, gcmNonce) = try parameters(key: key, nonce: nonce)
        guard sealed.count >= tagByteCount else { throw .truncated(length: sealed.count) }
        let tagStart = sealed.count - tagByteCount
        do {
            let box = try AES.GCM.SealedBox(nonce: gcmNonce, ciphertext: sealed[..<tagStart], tag: sealed[tagStart...])
            return Array(try AES.GCM.open(box, using: symmetricKey, authenticating: associatedData))
        } catch {
            throw .authenticationFailed
        }
    }

    private static func parameters(key: [UInt8], nonce: [UInt8]) throws(AES256GCM.Error) -> (
        SymmetricKey, AES.GCM.Nonce
    ) {
        guard key.count == keyByteCount else { throw .invalidKeyLength(key.count) }
        guard nonce.count == nonceByteCount, let gcmNonce = try? AES.GCM.Nonce(data: nonce) else {
            throw .invalidNonceLength(nonce.count)
        }
        return (SymmetricKey(data: key), gcmNonce)
    }
}

extension AES256GCM {
    /// Why AES-256-GCM refused to seal or open.
    public enum Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        /// The key was not 32 bytes.
        case invalidKeyLength(Int)
        /// The nonce was not 12 bytes.
        case invalidNonceLength(Int)
        /// The sealed bytes are shorter than the 16-byte tag.
        case truncated(length: Int)
        /// The tag did not match: the bytes were altered, or the key, nonce or associated data is wrong.
        case authenticationFailed

        /// What was wrong and what to do about it.
        public var description: String {
            switch self {
            case .invalidKeyLength(let length): "an AES-256-GCM key is 32 bytes, not \(length)"
            case .invalidNonceLength(let length): "an AES-GCM nonce is 12 bytes, not \(length)"
            case .truncated(let length):
                "AES-GCM sealed bytes hold at least the 16-byte tag, but \(length) were given: they were cut short"
            case .authenticationFailed:
                "AES-GCM authentication failed: the bytes were altered, or the key, nonce or associated data "
                    + "differs from the sealer's"
            }
        }
    }
}
