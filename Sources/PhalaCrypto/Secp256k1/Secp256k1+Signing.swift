extension Secp256k1.PrivateKey {
    /// Signs a 32-byte digest as pink's `ecdsa_sign_prehashed`: a 65-byte recoverable signature r‖s‖v.
    ///
    /// The nonce is RFC 6979 (HMAC-SHA256), s is normalised to at most n/2 (flipping v's parity bit
    /// when negated), and v is the recovery id 0…3 — the bytes libsecp256k1 and `sp_core` produce.
    /// - Parameter digest: the message hash, 32 bytes (any hash; pink's callers often use keccak-256).
    /// - Returns: 65 bytes: r (32, big-endian), s (32, big-endian), recovery id (1).
    /// - Throws: `Secp256k1.Error.invalidDigestLength` when `digest` is not 32 bytes.
    public func signPrehashed(_ digest: [UInt8]) throws(Secp256k1.Error) -> [UInt8] {
        guard digest.count == 32 else { throw .invalidDigestLength(digest.count) }
        let n = Secp256k1.order
        let z = Secp256k1.digestScalar(digest)
        var nonces = Secp256k1Nonce(secret: scalar, digest: digest)
        while true {
            let k = nonces.next()
            guard let point = Secp256k1Point.generator.multiplied(by: k).affine else { continue }
            let r = n.reduce(point.x)
            guard !r.isZero else { continue }
            var s = n.multiply(n.inverse(k), n.add(z, n.multiply(r, scalar)))
            guard !s.isZero else { continue }
            var recoveryID: UInt8 = (point.y.isOdd ? 1 : 0) | (point.x == r ? 0 : 2)
            if Secp256k1.halfOrder < s {
                s = n.negate(s)
                recoveryID ^= 1
            }
            return r.bigEndianBytes + s.bigEndianBytes + [recoveryID]
        }
    }
}

extension Secp256k1 {
    /// Checks a signature over a 32-byte digest, as pink's `ecdsa_verify_prehashed_signature`.
    ///
    /// A 65-byte signature follows `sp_core::ecdsa::Pair::verify_prehashed`: the key is recovered
    /// from r‖s‖v and compared with `publicKey` (high s is accepted, as libsecp256k1's recovery
    /// accepts it). A 64-byte r‖s is checked by plain ECDSA verification and, like
    /// libsecp256k1's `secp256k1_ecdsa_verify`, refuses high s.
    /// - Parameters:
    ///   - signature: 65 bytes r‖s‖v or 64 bytes r‖s.
    ///   - digest: the 32-byte message hash that was signed.
    ///   - publicKey: the key expected to have signed.
    /// - Returns: true only when the signature is valid for this digest and key; false for any
    ///   malformed input.
    public static func verifyPrehashed(signature: [UInt8], digest: [UInt8], publicKey: PublicKey) -> Bool {
        switch signature.count {
        case 65:
            return recoverPrehashed(signature: signature, digest: digest) == publicKey
        case 64:
            guard digest.count == 32 else { return false }
            let n = order
            let r = UInt256(bigEndian: signature[0..<32])
            let s = UInt256(bigEndian: signature[32..<64])
            guard !r.isZero, r < n.value, !s.isZero, !(halfOrder < s) else { return false }
            let w = n.inverse(s)
            let u1 = n.multiply(digestScalar(digest), w)
            let u2 = n.multiply(r, w)
            let sum = Secp256k1Point.generator.multiplied(by: u1).adding(publicKey.point.multiplied(by: u2))
            guard let point = sum.affine else { return false }
            return n.reduce(point.x) == r
        default:
            return false
        }
    }

    /// Recovers the public key that made a 65-byte recoverable signature over a 32-byte digest.
    /// - Parameters:
    ///   - signature: 65 bytes r‖s‖v with v the recovery id 0…3.
    ///   - digest: the 32-byte message hash that was signed.
    /// - Returns: the signer's key, or nil when the signature is malformed (wrong lengths, r or s
    ///   zero or not below n, v above 3, r not an x coordinate) or recovers to infinity.
    public static func recoverPrehashed(signature: [UInt8], digest: [UInt8]) -> PublicKey? {
        guard signature.count == 65, digest.count == 32, signature[64] <= 3 else { return nil }
        let n = order
        let r = UInt256(bigEndian: signature[0..<32])
        let s = UInt256(bigEndian: signature[32..<64])
        guard !r.isZero, r < n.value, !s.isZero, s < n.value else { return nil }
        let recoveryID = signature[64]
        var x = r
        if recoveryID & 2 != 0 {
            let (sum, carry) = r.addingReportingCarry(n.value)
            guard !carry else { return nil }
            x = sum
        }
        guard let noncePoint = Secp256k1Point.lift(x: x, oddY: recoveryID & 1 == 1) else { return nil }
        let rInverse = n.inverse(r)
        let u1 = n.negate(n.multiply(digestScalar(digest), rInverse))
        let u2 = n.multiply(s, rInverse)
        let key = Secp256k1Point.generator.multiplied(by: u1).adding(noncePoint.multiplied(by: u2))
        guard let affine = key.affine else { return nil }
        return PublicKey(x: affine.x, y: affine.y)
    }
}
