import Crypto

extension Ed25519 {
    /// An ed25519 public key, which checks signatures and is the account id of an ed25519 account.
    public struct PublicKey: Sendable, Hashable {
        /// The 32-byte compressed Edwards point.
        public let bytes: [UInt8]

        /// Wraps public key bytes, for example an account id.
        ///
        /// Any 32 bytes are accepted; bytes that are not a curve point simply verify no signature.
        /// - Parameter bytes: exactly 32 bytes.
        /// - Throws: `Ed25519.Error.invalidPublicKeyLength` for any other size.
        public init(bytes: [UInt8]) throws(Ed25519.Error) {
            guard bytes.count == 32 else { throw .invalidPublicKeyLength(bytes.count) }
            self.bytes = bytes
        }

        /// Wraps the 32 bytes swift-crypto returned for a public key.
        init(checked bytes: [UInt8]) {
            precondition(bytes.count == 32, "Curve25519.Signing returned a public key that is not 32 bytes")
            self.bytes = bytes
        }

        /// Checks that `signature` was made over `message` by the secret key behind this public key.
        /// - Parameters:
        ///   - signature: the signature to check.
        ///   - message: the exact bytes that were signed.
        /// - Returns: `true` only for a valid signature (RFC 8032 verification, as swift-crypto implements it).
        public func verify(_ signature: Signature, for message: [UInt8]) -> Bool {
            guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes) else { return false }
            return key.isValidSignature(signature.bytes, for: message)
        }
    }
}
