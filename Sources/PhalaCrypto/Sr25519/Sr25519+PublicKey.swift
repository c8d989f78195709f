extension Sr25519 {
    /// An sr25519 public key: who signed, and the key that Substrate's `AccountId32` is made of.
    ///
    /// Parsing checks the ristretto255 encoding once, so `verify` never meets a malformed key.
    /// Equality and hashing use the 32 encoded bytes, which are canonical.
    public struct PublicKey: Sendable, Hashable {
        /// The 32-byte compressed ristretto255 encoding.
        public let bytes: [UInt8]
        /// The decoded point.
        let point: RistrettoPoint

        /// Parses a public key.
        /// - Parameter bytes: the 32-byte compressed ristretto255 point.
        /// - Throws: `Sr25519.Error.invalidPublicKeyLength` for any other length,
        ///   `Sr25519.Error.publicKeyNotOnCurve` when the bytes do not encode a point.
        public init(bytes: [UInt8]) throws(Sr25519.Error) {
            guard bytes.count == Sr25519.publicKeyLength else { throw .invalidPublicKeyLength(bytes.count) }
            guard let point = RistrettoPoint(compressed: bytes) else { throw .publicKeyNotOnCurve }
            self.bytes = bytes
            self.point = point
        }

        /// Wraps a point computed from a secret or a derivation.
        init(point: RistrettoPoint) {
            self.point = point
            bytes = point.compressed
        }

        /// Checks `signature` over `message` under this key, as schnorrkel's `verify_simple` and
        /// Substrate's `sr25519::Pair::verify` do.
        ///
        /// A signature without schnorrkel's marker bit (bit 7 of byte 63), or whose scalar is not
        /// canonical, is invalid, never an error. Runs in variable time: everything here is public.
        /// - Parameters:
        ///   - signature: the 64-byte signature.
        ///   - message: the signed bytes (Substrate signs the payload, or its blake2-256 hash when
        ///     the payload is longer than 256 bytes).
        ///   - context: the signing context; Substrate's is `Sr25519.substrateContext`.
        /// - Returns: whether the signature is valid.
        public func verify(
            _ signature: Signature,
            for message: [UInt8],
            context: [UInt8] = Sr25519.substrateContext
        ) -> Bool {
            let signatureBytes = signature.bytes
            guard signatureBytes[63] & 0x80 != 0 else { return false }
            var responseBytes = Array(signatureBytes[32..<64])
            responseBytes[31] &= 0x7F
            guard let response = Scalar(canonicalBytes: responseBytes) else { return false }
            let commitment = Array(signatureBytes[0..<32])
            var transcript = Sr25519.signatureTranscript(context: context, message: message, publicKey: bytes)
            let challenge = Sr25519.challenge(&transcript, commitment: commitment)
            // R' = s·B − k·A equals R exactly when s = k·a + r.
            let recomputed = RistrettoPoint.vartimeDoubleScalarMultiple(challenge, -point, response)
            return recomputed.compressed == commitment
        }

        /// Equal when the encodings are equal.
        public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool { lhs.bytes == rhs.bytes }

        /// Hashes the encoding.
        public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
    }
}
