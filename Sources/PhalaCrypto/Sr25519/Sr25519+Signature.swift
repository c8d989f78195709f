extension Sr25519 {
    /// A 64-byte sr25519 signature: the commitment `R` (a compressed point), then the response `s`
    /// with schnorrkel's marker bit (bit 7 of byte 63) set.
    ///
    /// Only the length is checked here; the marker bit and the scalar are checked by
    /// `PublicKey.verify`, which reports a malformed signature as invalid, as Substrate does.
    public struct Signature: Sendable, Hashable {
        /// The 64 signature bytes.
        public let bytes: [UInt8]

        /// Wraps signature bytes.
        /// - Parameter bytes: exactly 64 bytes.
        /// - Throws: `Sr25519.Error.invalidSignatureLength` for any other length.
        public init(bytes: [UInt8]) throws(Sr25519.Error) {
            guard bytes.count == Sr25519.signatureLength else { throw .invalidSignatureLength(bytes.count) }
            self.bytes = bytes
        }

        /// Wraps bytes that the signer just produced, 64 of them by construction.
        init(signed bytes: [UInt8]) {
            precondition(bytes.count == Sr25519.signatureLength, "a signature is 64 bytes")
            self.bytes = bytes
        }
    }
}
