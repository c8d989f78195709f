extension Sr25519 {
    /// An sr25519 key pair: signs messages, and derives child keys along Substrate junctions.
    public struct KeyPair: Sendable {
        /// The expanded secret.
        let secret: SecretKey
        /// The public key matching `secret`.
        public let publicKey: PublicKey

        /// Makes the key pair of a 32-byte seed, as Substrate's `sr25519::Pair::from_seed` and
        /// py-sr25519-bindings' `pair_from_seed` do (schnorrkel's `ExpansionMode::Ed25519`).
        /// - Parameter miniSecret: the 32-byte seed (a BIP39 phrase's mini secret, a `0x…` seed).
        /// - Throws: `Sr25519.Error.invalidMiniSecretLength` for any other length.
        public init(miniSecret: [UInt8]) throws(Sr25519.Error) {
            guard miniSecret.count == Sr25519.miniSecretLength else { throw .invalidMiniSecretLength(miniSecret.count) }
            self.init(secret: SecretKey(expandingMiniSecret: miniSecret))
        }

        /// Restores a key pair from an expanded secret key.
        /// - Parameter secretKeyBytes: 64 bytes, the canonical scalar then the nonce seed
        ///   (schnorrkel's `SecretKey::to_bytes`, the secret py-sr25519-bindings returns).
        /// - Throws: `Sr25519.Error.invalidSecretKeyLength` for any other length,
        ///   `Sr25519.Error.secretScalarNotCanonical` when the scalar is not below the group order.
        public init(secretKeyBytes: [UInt8]) throws(Sr25519.Error) {
            guard secretKeyBytes.count == Sr25519.secretKeyLength else {
                throw .invalidSecretKeyLength(secretKeyBytes.count)
            }
            guard let key = Scalar(canonicalBytes: Array(secretKeyBytes[0..<32])) else {
                throw .secretScalarNotCanonical
            }
            self.init(secret: SecretKey(key: key, nonce: Array(secretKeyBytes[32..<64])))
        }

        init(secret: SecretKey) {
            self.secret = secret
            publicKey = secret.publicKey
        }

        /// The expanded secret key, 64 bytes as schnorrkel's `SecretKey::to_bytes`: the scalar, then
        /// the nonce seed. Whoever holds these bytes can sign.
        public var secretKeyBytes: [UInt8] { secret.bytes }

        /// Signs `message` with fresh randomness from the system's cryptographic generator.
        /// - Parameters:
        ///   - message: the bytes to sign (Substrate signs an extrinsic's payload, or its
        ///     blake2-256 hash when the payload is longer than 256 bytes).
        ///   - context: the signing context; Substrate's is `Sr25519.substrateContext`.
        /// - Returns: a signature that `publicKey.verify` accepts; a new one on every call.
        public func sign(_ message: [UInt8], context: [UInt8] = Sr25519.substrateContext) -> Signature {
            var generator = SystemRandomNumberGenerator()
            var randomness: [UInt8] = []
            randomness.reserveCapacity(32)
            for _ in 0..<4 {
                let word = generator.next()
                for byte in 0..<8 { randomness.append(UInt8(truncatingIfNeeded: word >> (8 * byte))) }
            }
            return sign(message, context: context, randomness: randomness)
        }

        /// Signs with the given 32 random bytes in place of the system's, so tests can be
        /// deterministic. Follows schnorrkel's `SecretKey::sign`: the nonce `r` is 64 witness
        /// bytes from the transcript keyed with the nonce seed and `randomness`, `R = r·B`,
        /// `k` is the transcript's challenge after `R`, and `s = k·a + r`.
        func sign(_ message: [UInt8], context: [UInt8], randomness: [UInt8]) -> Signature {
            precondition(randomness.count == 32, "merlin's transcript RNG takes 32 random bytes")
            var transcript = Sr25519.signatureTranscript(context: context, message: message, publicKey: publicKey.bytes)
            let witness = transcript.witnessBytes(
                label: "signing",
                witnesses: [secret.nonce],
                randomness: randomness,
                count: 64
            )
            let nonce = Scalar(bytesModOrderWide: witness)
            let commitment = RistrettoPoint.basepointMultiple(nonce).compressed
            let challenge = Sr25519.challenge(&transcript, commitment: commitment)
            let response = challenge * secret.key + nonce
            var bytes = commitment + response.bytes
            bytes[63] |= 0x80
            return Signature(signed: bytes)
        }
    }
}
