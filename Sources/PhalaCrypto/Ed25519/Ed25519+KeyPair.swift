import Crypto
import SCALE

extension Ed25519 {
    /// An ed25519 secret seed with its public key, for signing as an ed25519 account.
    ///
    /// Its `description` never shows the seed, so a pair can be logged or printed by accident safely.
    public struct KeyPair: Sendable, CustomStringConvertible {
        /// The 32-byte secret seed (RFC 8032's private key); keep it secret.
        public let seed: [UInt8]
        /// The public key that verifies this pair's signatures.
        public let publicKey: PublicKey
        private let signingKey: Curve25519.Signing.PrivateKey

        /// Builds the pair for a 32-byte seed, such as a BIP39 mini secret.
        /// - Parameter seed: exactly 32 secret bytes.
        /// - Throws: `Ed25519.Error.invalidSeedLength` for any other size.
        public init(seed: [UInt8]) throws(Ed25519.Error) {
            guard seed.count == 32,
                let signingKey = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
            else { throw .invalidSeedLength(seed.count) }
            self.seed = seed
            self.signingKey = signingKey
            self.publicKey = PublicKey(checked: Array(signingKey.publicKey.rawRepresentation))
        }

        /// Signs `message` (RFC 8032 Ed25519, no prehash, no context).
        /// - Parameter message: the bytes to sign.
        /// - Returns: the 64-byte signature.
        public func sign(_ message: [UInt8]) -> Signature {
            do {
                return Signature(signed: Array(try signingKey.signature(for: message)))
            } catch {
                // BoringSSL's ED25519_sign cannot fail for a key that was accepted at init.
                preconditionFailure("ed25519 signing failed with a valid key: \(error)")
            }
        }

        /// The child key Substrate derives for a hard junction such as `//Alice`.
        ///
        /// The child seed is `blake2_256(SCALE("Ed25519HDKD") ‖ seed ‖ chainCode)`
        /// (sp-core `ed25519::Pair::derive`).
        /// - Parameter chainCode: the junction's 32-byte chain code (`DeriveJunction.chainCode`).
        /// - Returns: the derived pair.
        public func hardDerived(chainCode: [UInt8]) -> KeyPair {
            precondition(chainCode.count == 32, "a derivation chain code is 32 bytes")
            let childSeed = Hashing.blake2_256(Self.derivationTag + seed + chainCode)
            do {
                return try KeyPair(seed: childSeed)
            } catch {
                preconditionFailure("blake2_256 returned \(childSeed.count) bytes instead of 32")
            }
        }

        /// A description without the secret seed.
        public var description: String { "Ed25519.KeyPair(<secret>)" }

        /// `SCALE("Ed25519HDKD")`: the compact length 11 followed by the ASCII bytes.
        private static let derivationTag = "Ed25519HDKD".scaleEncoded()
    }
}
