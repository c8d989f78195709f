import Crypto

extension X25519 {
    /// The public half of an X25519 key: what senders seal envelopes to.
    public struct PublicKey: Sendable, Hashable {
        /// The 32-byte Montgomery u-coordinate.
        public let bytes: [UInt8]

        /// Wraps a public key received from elsewhere, for example a worker's published key.
        /// - Parameter bytes: exactly 32 bytes.
        /// - Throws: `X25519.Error.invalidKeyLength` for any other size.
        public init(bytes: [UInt8]) throws(X25519.Error) {
            guard bytes.count == 32 else { throw .invalidKeyLength(bytes.count) }
            self.bytes = bytes
        }

        /// Wraps the key swift-crypto derived from a private key.
        init(_ key: Curve25519.KeyAgreement.PublicKey) {
            self.bytes = Array(key.rawRepresentation)
        }

        /// This key as swift-crypto's type (any 32 bytes are accepted there).
        var cryptoKey: Curve25519.KeyAgreement.PublicKey {
            do {
                return try Curve25519.KeyAgreement.PublicKey(rawRepresentation: bytes)
            } catch {
                preconditionFailure("swift-crypto rejected a 32-byte X25519 public key: \(error)")
            }
        }
    }
}
