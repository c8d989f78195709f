extension Ed25519 {
    /// A 64-byte ed25519 signature (`R ‖ s`), as carried in `MultiSignature::Ed25519`.
    public struct Signature: Sendable, Hashable {
        /// The 64 signature bytes.
        public let bytes: [UInt8]

        /// Wraps signature bytes received from elsewhere.
        /// - Parameter bytes: exactly 64 bytes.
        /// - Throws: `Ed25519.Error.invalidSignatureLength` for any other size.
        public init(bytes: [UInt8]) throws(Ed25519.Error) {
            guard bytes.count == 64 else { throw .invalidSignatureLength(bytes.count) }
            self.bytes = bytes
        }

        /// Wraps bytes that our own signer produced, which are always 64 long.
        init(signed bytes: [UInt8]) {
            precondition(bytes.count == 64, "Curve25519.Signing produced a signature that is not 64 bytes")
            self.bytes = bytes
        }
    }
}
