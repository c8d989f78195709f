/// X25519 Diffie-Hellman keys (RFC 7748), the key agreement behind confidential `Envelope`s.
///
/// These wrap swift-crypto's `Curve25519.KeyAgreement` keys so that callers handle plain bytes and
/// never import Crypto themselves.
public enum X25519 {
    /// Why bytes could not become an X25519 key.
    public enum Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        /// A private or public key was not 32 bytes long.
        case invalidKeyLength(Int)

        /// What was wrong and what to do about it.
        public var description: String {
            switch self {
            case .invalidKeyLength(let length):
                "an X25519 key is 32 bytes, not \(length)"
            }
        }
    }
}
