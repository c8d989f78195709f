/// Ed25519 signatures (RFC 8032) as Substrate uses them for `MultiSignature::Ed25519` accounts and session keys.
///
/// Signing and verification run on swift-crypto's `Curve25519.Signing`. On Linux (BoringSSL) signatures
/// are deterministic, as RFC 8032 specifies; Apple's CryptoKit adds randomness, so there only
/// verification is reproducible. Substrate's hard derivation (`//Alice`) is `KeyPair.hardDerived(chainCode:)`;
/// ed25519 has no soft derivation.
public enum Ed25519 {
    /// Why bytes could not become an ed25519 key or signature.
    public enum Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        /// A secret seed was not 32 bytes long.
        case invalidSeedLength(Int)
        /// A public key was not 32 bytes long.
        case invalidPublicKeyLength(Int)
        /// A signature was not 64 bytes long.
        case invalidSignatureLength(Int)

        /// What was wrong and what to do about it.
        public var description: String {
            switch self {
            case .invalidSeedLength(let length):
                "an ed25519 seed is 32 bytes, not \(length): pass the 32-byte mini secret or seed, not an expanded key"
            case .invalidPublicKeyLength(let length):
                "an ed25519 public key is 32 bytes, not \(length)"
            case .invalidSignatureLength(let length):
                "an ed25519 signature is 64 bytes, not \(length)"
            }
        }
    }
}
