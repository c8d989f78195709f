import Crypto

extension Sr25519 {
    /// An expanded sr25519 secret: the signing scalar and the nonce seed (schnorrkel's `SecretKey`).
    ///
    /// Everything computed from it runs in constant time: scalar arithmetic, the fixed-base
    /// multiplication, SHA-512 and the merlin transcript never branch on or index by secret bits.
    struct SecretKey: Sendable {
        /// The secret scalar `a`, with public key `a·B`.
        let key: Scalar
        /// 32 secret bytes mixed into every signing nonce.
        let nonce: [UInt8]

        init(key: Scalar, nonce: [UInt8]) {
            self.key = key
            self.nonce = nonce
        }

        /// Expands a 32-byte mini secret as schnorrkel's `ExpansionMode::Ed25519`: SHA-512 of the
        /// seed; the first half clamped as Ed25519 does and divided by the cofactor 8 (so the
        /// scalar is below 2^252, hence reduced), the second half the nonce seed.
        init(expandingMiniSecret miniSecret: [UInt8]) {
            precondition(miniSecret.count == Sr25519.miniSecretLength, "a mini secret is 32 bytes")
            var hasher = SHA512()
            miniSecret.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            let digest = Array(hasher.finalize())
            var scalarBytes = Array(digest[0..<32])
            scalarBytes[0] &= 248
            scalarBytes[31] &= 63
            scalarBytes[31] |= 64
            // Divide the little-endian integer by 8: each byte takes the low 3 bits of the byte above.
            var carried: UInt8 = 0
            for index in stride(from: 31, through: 0, by: -1) {
                let low = scalarBytes[index] & 7
                scalarBytes[index] = (scalarBytes[index] >> 3) | carried
                carried = low << 5
            }
            key = Scalar(bytesModOrder: scalarBytes)
            nonce = Array(digest[32..<64])
        }

        /// schnorrkel's `SecretKey::to_bytes`: the canonical scalar, then the nonce seed.
        var bytes: [UInt8] { key.bytes + nonce }

        /// The public key `a·B`.
        var publicKey: PublicKey { PublicKey(point: RistrettoPoint.basepointMultiple(key)) }
    }
}
