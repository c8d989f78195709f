extension Sr25519 {
    /// Why sr25519 key or signature bytes were rejected.
    public enum Error: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        /// A public key was not 32 bytes; the associated value is the length given.
        case invalidPublicKeyLength(Int)
        /// A signature was not 64 bytes; the associated value is the length given.
        case invalidSignatureLength(Int)
        /// A mini secret key (seed) was not 32 bytes; the associated value is the length given.
        case invalidMiniSecretLength(Int)
        /// An expanded secret key was not 64 bytes; the associated value is the length given.
        case invalidSecretKeyLength(Int)
        /// The 32 public key bytes are not the canonical encoding of a ristretto255 point.
        case publicKeyNotOnCurve
        /// The secret scalar (the first 32 bytes of an expanded secret key) is not below the
        /// group order.
        case secretScalarNotCanonical

        /// What was wrong and what to do about it.
        public var description: String {
            switch self {
            case .invalidPublicKeyLength(let length):
                "sr25519 public key has \(length) bytes, expected 32: "
                    + "pass the 32-byte compressed point (an AccountId32's bytes)"
            case .invalidSignatureLength(let length):
                "sr25519 signature has \(length) bytes, expected 64: "
                    + "pass R (32 bytes) followed by s (32 bytes)"
            case .invalidMiniSecretLength(let length):
                "sr25519 mini secret key has \(length) bytes, expected 32: "
                    + "pass the 32-byte seed, e.g. from a BIP39 phrase"
            case .invalidSecretKeyLength(let length):
                "sr25519 secret key has \(length) bytes, expected 64: "
                    + "pass the scalar (32 bytes) then the nonce (32 bytes), as schnorrkel's SecretKey::to_bytes"
            case .publicKeyNotOnCurve:
                "sr25519 public key is not a canonical ristretto255 point encoding: "
                    + "check that the bytes are an sr25519 key, not an ed25519 key or a hash"
            case .secretScalarNotCanonical:
                "sr25519 secret key scalar is not reduced below the group order: "
                    + "the bytes are not schnorrkel's SecretKey::to_bytes (ed25519-form keys multiply the scalar by 8)"
            }
        }
    }
}
