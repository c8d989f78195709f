extension Secp256k1 {
    /// A secp256k1 secret scalar that signs 32-byte digests, as pink's `ecdsa_sign_prehashed` does.
    public struct PrivateKey: Sendable {
        /// The secret scalar d, 1 ≤ d < n.
        let scalar: UInt256

        /// The secret as 32 big-endian bytes (the form `sp_core::ecdsa::Pair::seed` uses).
        public var bytes: [UInt8] { scalar.bigEndianBytes }

        /// Reads a private key from its 32 big-endian bytes.
        /// - Parameter bytes: the secret scalar, 32 bytes big-endian.
        /// - Throws: `Secp256k1.Error.invalidPrivateKeyLength` when not 32 bytes,
        ///   `.privateKeyOutOfRange` when the number is 0 or at least the group order n.
        public init(bytes: [UInt8]) throws(Secp256k1.Error) {
            guard bytes.count == 32 else { throw .invalidPrivateKeyLength(bytes.count) }
            let scalar = UInt256(bigEndian: bytes)
            guard !scalar.isZero, scalar < Secp256k1.order.value else { throw .privateKeyOutOfRange }
            self.scalar = scalar
        }

        /// The public key d·G that verifies this key's signatures.
        public var publicKey: PublicKey {
            guard let point = Secp256k1Point.generator.multiplied(by: scalar).affine else {
                preconditionFailure("a scalar in [1, n) never maps G to infinity")
            }
            return PublicKey(x: point.x, y: point.y)
        }
    }
}
