import Crypto

extension X25519 {
    /// The secret half of an X25519 key: what a recipient opens envelopes with.
    ///
    /// Its `description` never shows the key bytes.
    public struct PrivateKey: Sendable, CustomStringConvertible {
        let cryptoKey: Curve25519.KeyAgreement.PrivateKey

        /// Makes a fresh key from the system's cryptographically secure generator.
        public init() {
            self.cryptoKey = Curve25519.KeyAgreement.PrivateKey()
        }

        /// Restores a key from its 32 secret bytes (for example from sealed storage).
        /// - Parameter bytes: exactly 32 bytes; clamping is applied during key agreement, as RFC 7748 says.
        /// - Throws: `X25519.Error.invalidKeyLength` for any other size.
        public init(bytes: [UInt8]) throws(X25519.Error) {
            guard bytes.count == 32, let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: bytes)
            else { throw .invalidKeyLength(bytes.count) }
            self.cryptoKey = key
        }

        /// The 32 secret bytes; keep them secret.
        public var bytes: [UInt8] { Array(cryptoKey.rawRepresentation) }

        /// The public key to give to senders.
        public var publicKey: PublicKey { PublicKey(cryptoKey.publicKey) }

        /// A description without the secret bytes.
        public var description: String { "X25519.PrivateKey(<secret>)" }
    }
}
