/// ECDSA over secp256k1 (SEC 2) for pink's `ecdsa_sign_prehashed` and `ecdsa_verify_prehashed_signature`.
///
/// Signatures are the 65-byte recoverable form Substrate's `sp_core::ecdsa` uses: r‖s‖v with v the
/// recovery id 0…3, s normalised to the lower half of the group order, and nonces chosen
/// deterministically per RFC 6979 with HMAC-SHA256, so signing the same digest with the same key
/// always gives the same bytes (as libsecp256k1 does). Public keys are 33-byte compressed SEC1.
///
/// This is pure Swift with variable-time arithmetic: timing may leak information about secret keys
/// to an observer who can measure many signatures. It suits contract keys inside a worker, where the
/// reference (libsecp256k1) is constant time; do not use it where an attacker can time the signer.
public enum Secp256k1 {
    /// Why bytes could not become a secp256k1 key or signature input.
    public enum Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        /// A private key was not 32 bytes long.
        case invalidPrivateKeyLength(Int)
        /// A private key was 0 or not below the group order n.
        case privateKeyOutOfRange
        /// A public key was not 33 (compressed) or 65 (uncompressed) bytes of a point on the curve.
        case invalidPublicKey
        /// A message digest was not 32 bytes long.
        case invalidDigestLength(Int)

        /// What was wrong and what to do about it.
        public var description: String {
            switch self {
            case .invalidPrivateKeyLength(let length):
                "a secp256k1 private key is 32 bytes, not \(length)"
            case .privateKeyOutOfRange:
                "a secp256k1 private key must be between 1 and n − 1 (the group order): pick another secret"
            case .invalidPublicKey:
                "a secp256k1 public key is 33 bytes compressed (02/03 ‖ x) or 65 bytes uncompressed (04 ‖ x ‖ y) of a curve point"
            case .invalidDigestLength(let length):
                "a prehashed ECDSA message is a 32-byte digest, not \(length) bytes: hash the message first"
            }
        }
    }

    /// Arithmetic modulo the group order n (SEC 2 §2.4.1).
    static let order = Secp256k1Modulus(
        UInt256(hex: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141")
    )
    /// ⌊n / 2⌋: signatures with s above it are "high-s" and get normalised.
    static let halfOrder = UInt256(hex: "7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0")

    /// The digest as a scalar: its 32 bytes big-endian, reduced modulo n.
    static func digestScalar(_ digest: [UInt8]) -> UInt256 {
        order.reduce(UInt256(bigEndian: digest))
    }
}
